def min_rafts(weights, limit):
    w = sorted(weights)
    lo, hi = 0, len(w) - 1
    rafts = 0
    while lo <= hi:
        if lo < hi and w[lo] + w[hi] <= limit:
            lo += 1
        hi -= 1
        rafts += 1
    return rafts
