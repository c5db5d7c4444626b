def max_area(heights):
    # Uses the taller wall as the water level.
    lo, hi = 0, len(heights) - 1
    best = 0
    while lo < hi:
        best = max(best, max(heights[lo], heights[hi]) * (hi - lo))
        if heights[lo] < heights[hi]:
            lo += 1
        else:
            hi -= 1
    return best
