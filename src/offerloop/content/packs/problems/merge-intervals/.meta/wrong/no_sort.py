def merge_intervals(intervals):
    out = []
    for start, end in intervals:   # assumes the input is already sorted
        if out and start <= out[-1][1] and end >= out[-1][0]:
            out[-1] = [min(out[-1][0], start), max(out[-1][1], end)]
        else:
            out.append([start, end])
    return out
