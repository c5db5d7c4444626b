def top_k_frequent(nums, k):
    """The k most frequent values: by count descending, then by value ascending."""
    raise NotImplementedError
