def is_palindrome(s):
    # Forgets to ignore case.
    t = [c for c in s if c.isalnum()]
    return t == t[::-1]
