def check_wildcard_brackets(s):
    """True when each * can become '(', ')' or nothing so that s is balanced."""
    raise NotImplementedError
