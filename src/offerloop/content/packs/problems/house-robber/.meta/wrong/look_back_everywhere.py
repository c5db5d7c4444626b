def rob(nums):
    # Correct, but takes the max over every earlier non-adjacent total: O(n^2).
    best = []
    for i, v in enumerate(nums):
        earlier = max(best[: i - 1], default=0)
        best.append(v + earlier)
    return max(best, default=0)
