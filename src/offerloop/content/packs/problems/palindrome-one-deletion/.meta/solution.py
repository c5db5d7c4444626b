def _is_palindrome(s, i, j):
    while i < j:
        if s[i] != s[j]:
            return False
        i += 1
        j -= 1
    return True


def almost_palindrome(s):
    i, j = 0, len(s) - 1
    while i < j:
        if s[i] != s[j]:
            return _is_palindrome(s, i + 1, j) or _is_palindrome(s, i, j - 1)
        i += 1
        j -= 1
    return True
