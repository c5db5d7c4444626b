import heapq


def k_closest(points, k):
    # Ranks by Manhattan distance |x| + |y|.
    return [list(p) for p in heapq.nsmallest(k, points, key=lambda p: abs(p[0]) + abs(p[1]))]
