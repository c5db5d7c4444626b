def next_greater(subset, nums):
    # Returns the largest value to the right (a suffix maximum), not the first larger one.
    best = {}
    top = None
    for x in reversed(nums):
        best[x] = top if top is not None and top > x else -1
        top = x if top is None or x > top else top
    return [best[v] for v in subset]
