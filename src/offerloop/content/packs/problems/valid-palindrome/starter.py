def is_palindrome(s):
    """True when s is a palindrome after dropping non-alphanumerics and ignoring case."""
    raise NotImplementedError
