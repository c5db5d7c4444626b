from collections import Counter


def least_interval(tasks, n):
    # Forgets that a crowded schedule needs no idle slots at all.
    counts = Counter(tasks)
    m = max(counts.values())
    return (m - 1) * (n + 1) + sum(1 for c in counts.values() if c == m)
