def min_rafts(weights, limit):
    w = sorted(weights)
    lo, hi, rafts = 0, len(w) - 1, 0
    while lo <= hi:
        if lo < hi and w[lo] + w[hi] < limit:  # a pair at exactly the limit fits
            lo += 1
        hi -= 1
        rafts += 1
    return rafts
