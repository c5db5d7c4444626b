def can_reach_end(nums):
    far = 0
    for i in range(len(nums) - 1):
        if i > far:
            return False
        far = max(far, i + nums[i])
    return far > len(nums) - 1   # must pass the end, not land on it
