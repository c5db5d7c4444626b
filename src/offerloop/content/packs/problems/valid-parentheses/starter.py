def is_balanced(s):
    """True when every bracket in s (only ()[]{}) is closed by its own kind, in the right order."""
    raise NotImplementedError
