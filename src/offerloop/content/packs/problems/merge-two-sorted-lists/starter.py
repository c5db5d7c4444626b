def merge_two_lists(l1, l2):
    """Merge two sorted lists (linked lists given as value lists, head first) into one sorted list."""
    raise NotImplementedError
