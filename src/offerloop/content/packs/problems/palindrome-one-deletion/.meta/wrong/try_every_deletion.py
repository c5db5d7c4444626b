def almost_palindrome(s):
    if s == s[::-1]:
        return True
    for i in range(len(s)):  # O(n^2)
        t = s[:i] + s[i + 1:]
        if t == t[::-1]:
            return True
    return False
