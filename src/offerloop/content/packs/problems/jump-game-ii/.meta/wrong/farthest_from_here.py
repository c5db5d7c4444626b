def min_jumps(nums):
    i = jumps = 0
    while i < len(nums) - 1:
        i += nums[i]   # always the longest jump from where it stands
        jumps += 1
    return jumps
