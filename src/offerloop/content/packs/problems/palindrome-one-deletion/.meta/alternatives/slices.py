def almost_palindrome(s):
    # Find the first mismatch, then compare the two candidate slices with their reverses.
    i, j = 0, len(s) - 1
    while i < j and s[i] == s[j]:
        i += 1
        j -= 1
    if i >= j:
        return True
    a, b = s[i + 1:j + 1], s[i:j]
    return a == a[::-1] or b == b[::-1]
