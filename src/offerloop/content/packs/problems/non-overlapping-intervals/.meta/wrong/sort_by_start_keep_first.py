def erase_overlap_intervals(intervals):
    # Sorted by start and always keeps the earlier interval, even when it is the long one.
    kept, last_end = 0, None
    for start, end in sorted(intervals):
        if last_end is None or start >= last_end:
            kept += 1
            last_end = end
    return len(intervals) - kept
