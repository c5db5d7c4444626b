def is_palindrome_list(head, val, nxt):
    """True when the values along the list from head (table val/nxt) read the same both ways."""
    raise NotImplementedError
