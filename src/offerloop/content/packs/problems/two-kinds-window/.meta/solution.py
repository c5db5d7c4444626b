def longest_two_kinds(items):
    counts = {}
    left = 0
    best = 0
    for right, v in enumerate(items):
        counts[v] = counts.get(v, 0) + 1
        while len(counts) > 2:
            u = items[left]
            counts[u] -= 1
            if counts[u] == 0:
                del counts[u]
            left += 1
        if right - left + 1 > best:
            best = right - left + 1
    return best
