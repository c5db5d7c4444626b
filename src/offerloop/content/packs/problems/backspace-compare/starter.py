def same_after_backspaces(a, b):
    """True when a and b ('#' = backspace) leave the same text."""
    raise NotImplementedError
