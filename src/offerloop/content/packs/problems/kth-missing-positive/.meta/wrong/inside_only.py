def kth_missing(arr, ks):
    # Assumes the answer lies below the last taken number, capping it there.
    out = []
    for k in ks:
        lo, hi = 0, len(arr) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if arr[mid] - (mid + 1) < k:
                lo = mid + 1
            else:
                hi = mid
        out.append(k + lo)
    return out
