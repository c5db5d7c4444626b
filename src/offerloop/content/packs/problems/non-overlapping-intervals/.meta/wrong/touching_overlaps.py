def erase_overlap_intervals(intervals):
    kept, last_end = 0, None
    for start, end in sorted(intervals, key=lambda iv: iv[1]):
        if last_end is None or start > last_end:   # touching intervals can both stay
            kept += 1
            last_end = end
    return len(intervals) - kept
