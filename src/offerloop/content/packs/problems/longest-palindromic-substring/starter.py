def longest_palindrome(s):
    """Longest palindromic substring of s; the earliest-starting one on ties."""
    raise NotImplementedError
