def has_nearby_repeat(nums, k):
    return len(set(nums)) < len(nums)  # ignores the distance
