from collections import Counter


def least_interval(tasks, n):
    # Puts only the busiest letter in the last row, ignoring ties.
    m = max(Counter(tasks).values())
    return max(len(tasks), (m - 1) * (n + 1) + 1)
