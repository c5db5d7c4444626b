def longest_two_kinds(items):
    best = 0
    for i in range(len(items)):  # O(n^2) on long two-kind stretches
        seen = set()
        for j in range(i, len(items)):
            seen.add(items[j])
            if len(seen) > 2:
                break
            best = max(best, j - i + 1)
    return best
