def combination_sum(candidates, target):
    # ways[a] lists the ways to pay a with the coins seen so far; adding coins one at a time
    # (outer loop) keeps each multiset in one order only.
    ways = [[] for _ in range(target + 1)]
    ways[0] = [[]]
    for c in candidates:
        for a in range(c, target + 1):
            ways[a] += [w + [c] for w in ways[a - c]]
    return ways[target]
