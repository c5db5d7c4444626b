def peak_index(heights):
    lo, hi = 1, len(heights) - 2
    while lo < hi:
        mid = (lo + hi + 1) // 2  # rounds up and moves hi past the summit
        if heights[mid] < heights[mid + 1]:
            lo = mid
        else:
            hi = mid - 1
    return lo
