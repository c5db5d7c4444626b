def largest_rectangle_area(heights):
    # Correct, but expands left and right from every bar: O(n^2) on rising bars.
    best = 0
    n = len(heights)
    for i, h in enumerate(heights):
        lo = i
        while lo > 0 and heights[lo - 1] >= h:
            lo -= 1
        hi = i
        while hi < n - 1 and heights[hi + 1] >= h:
            hi += 1
        best = max(best, h * (hi - lo + 1))
    return best
