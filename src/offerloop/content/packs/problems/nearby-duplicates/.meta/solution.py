def has_nearby_repeat(nums, k):
    window = set()
    for i, v in enumerate(nums):
        if i > k:
            window.discard(nums[i - k - 1])
        if v in window:
            return True
        window.add(v)
    return False
