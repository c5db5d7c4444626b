def almost_palindrome(s):
    i, j = 0, len(s) - 1
    while i < j:
        if s[i] != s[j]:
            t = s[i + 1:j + 1]  # only tries deleting the left character
            return t == t[::-1]
        i += 1
        j -= 1
    return True
