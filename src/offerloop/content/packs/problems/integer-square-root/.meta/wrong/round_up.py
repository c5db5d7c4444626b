def floor_sqrt(x):
    lo, hi = 0, x + 1
    while lo < hi:
        mid = (lo + hi) // 2
        if mid * mid < x:
            lo = mid + 1
        else:
            hi = mid
    return lo  # the smallest r with r * r >= x: the ceiling between squares
