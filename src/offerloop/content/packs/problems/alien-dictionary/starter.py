def alien_order(words):
    """An order of all letters in words under which words is sorted, or '' if none exists."""
    raise NotImplementedError
