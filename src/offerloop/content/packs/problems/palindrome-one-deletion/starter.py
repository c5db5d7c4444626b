def almost_palindrome(s):
    """True when s is a palindrome after deleting at most one character."""
    raise NotImplementedError
