from collections import Counter


def least_interval(tasks, n):
    counts = Counter(tasks)
    m = max(counts.values())
    tied = sum(1 for c in counts.values() if c == m)
    return max(len(tasks), (m - 1) * (n + 1) + tied)
