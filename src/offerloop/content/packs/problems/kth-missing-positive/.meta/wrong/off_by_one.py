def kth_missing(arr, ks):
    # Uses arr[i] - i as the count of free numbers below arr[i].
    out = []
    for k in ks:
        lo, hi = 0, len(arr)
        while lo < hi:
            mid = (lo + hi) // 2
            if arr[mid] - mid < k:
                lo = mid + 1
            else:
                hi = mid
        out.append(k + lo)
    return out
