def summary_ranges(nums):
    """The runs of consecutive integers in the sorted distinct list nums, as [start, end] pairs."""
    raise NotImplementedError
