def is_palindrome(s):
    # Lower-cases but keeps spaces and punctuation.
    t = s.lower()
    return t == t[::-1]
