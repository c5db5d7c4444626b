def merge_intervals(intervals):
    out = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1][1] = end   # should be the larger of the two ends
        else:
            out.append([start, end])
    return out
