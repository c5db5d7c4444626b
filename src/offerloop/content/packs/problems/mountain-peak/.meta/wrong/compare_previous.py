def peak_index(heights):
    lo, hi = 0, len(heights) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if mid > 0 and heights[mid - 1] < heights[mid]:  # rising into mid does not say mid is past the summit
            lo = mid + 1
        else:
            hi = mid
    return lo
