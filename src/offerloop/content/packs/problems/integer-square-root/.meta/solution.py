def floor_sqrt(x):
    lo, hi = 0, x + 1  # lo * lo <= x < hi * hi
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= x:
            lo = mid
        else:
            hi = mid
    return lo
