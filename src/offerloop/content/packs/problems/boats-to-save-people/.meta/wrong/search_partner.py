def min_rafts(weights, limit):
    # For the heaviest left, scan everyone else for the heaviest partner that fits: O(n^2).
    w = sorted(weights, reverse=True)
    used = [False] * len(w)
    rafts = 0
    for i in range(len(w)):
        if used[i]:
            continue
        used[i] = True
        rafts += 1
        for j in range(i + 1, len(w)):
            if not used[j] and w[i] + w[j] <= limit:
                used[j] = True
                break
    return rafts
