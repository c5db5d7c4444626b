def floor_sqrt(x):
    lo, hi = 0, x // 2  # too small an upper bound for x = 1, 2, 3
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= x:
            lo = mid
        else:
            hi = mid - 1
    return lo
