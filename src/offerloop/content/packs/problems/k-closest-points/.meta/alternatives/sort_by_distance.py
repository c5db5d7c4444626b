def k_closest(points, k):
    # Sort everything by squared distance and take the first k: O(n log n).
    ranked = sorted(points, key=lambda p: p[0] ** 2 + p[1] ** 2)
    return [list(p) for p in ranked[:k]]
