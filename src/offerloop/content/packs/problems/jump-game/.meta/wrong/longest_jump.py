def can_reach_end(nums):
    i = 0
    while i < len(nums) - 1:
        if nums[i] == 0:
            return False
        i += nums[i]   # always jumps as far as it can
    return True
