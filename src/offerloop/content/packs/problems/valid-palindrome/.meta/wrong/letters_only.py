def is_palindrome(s):
    # Drops digits too (isalpha instead of isalnum).
    t = [c.lower() for c in s if c.isalpha()]
    return t == t[::-1]
