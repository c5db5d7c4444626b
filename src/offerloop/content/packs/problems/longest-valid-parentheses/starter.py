def longest_valid_parentheses(s):
    """Length of the longest well-formed substring of the parentheses string s."""
    raise NotImplementedError
