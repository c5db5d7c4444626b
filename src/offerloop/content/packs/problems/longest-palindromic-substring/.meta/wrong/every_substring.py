def longest_palindrome(s):
    # Correct, but checks every substring: O(n^3).
    best = ""
    for i in range(len(s)):
        for j in range(i + len(best) + 1, len(s) + 1):
            piece = s[i:j]
            if piece == piece[::-1]:
                best = piece
    return best
