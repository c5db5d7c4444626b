def has_nearby_repeat(nums, k):
    first = {}
    for i, v in enumerate(nums):
        if v in first and i - first[v] <= k:
            return True
        first.setdefault(v, i)  # keeps the first position, not the latest
    return False
