def merge_two_lists(l1, l2):
    # Concatenates without merging.
    return l1 + l2
