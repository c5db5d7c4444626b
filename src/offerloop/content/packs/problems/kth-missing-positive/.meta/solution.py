def kth_missing(arr, ks):
    out = []
    for k in ks:
        lo, hi = 0, len(arr)
        while lo < hi:  # count positions whose number of free values below them is < k
            mid = (lo + hi) // 2
            if arr[mid] - (mid + 1) < k:
                lo = mid + 1
            else:
                hi = mid
        out.append(k + lo)
    return out
