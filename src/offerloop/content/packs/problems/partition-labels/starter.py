def partition_labels(s):
    """Lengths of the most parts of s such that no letter appears in two parts."""
    raise NotImplementedError
