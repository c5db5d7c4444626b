def erase_overlap_intervals(intervals):
    """Fewest intervals to remove so that the rest are pairwise non-overlapping."""
    raise NotImplementedError
