def kth_missing(arr, ks):
    """For each k, the k-th positive integer that does not appear in the sorted distinct list arr."""
    raise NotImplementedError
