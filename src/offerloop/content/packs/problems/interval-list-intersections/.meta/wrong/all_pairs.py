def interval_intersections(first, second):
    # Correct, but tries every pair: O(n * m).
    out = []
    for a0, a1 in first:
        for b0, b1 in second:
            lo, hi = max(a0, b0), min(a1, b1)
            if lo <= hi:
                out.append([lo, hi])
    return sorted(out)
