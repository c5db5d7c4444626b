def min_rafts(weights, limit):
    # Pairs people next to each other in sorted order.
    w = sorted(weights)
    rafts, i = 0, 0
    while i < len(w):
        if i + 1 < len(w) and w[i] + w[i + 1] <= limit:
            i += 2
        else:
            i += 1
        rafts += 1
    return rafts
