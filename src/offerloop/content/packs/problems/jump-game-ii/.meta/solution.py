def min_jumps(nums):
    last = len(nums) - 1
    jumps = end = far = 0
    for i in range(last):
        if i + nums[i] > far:
            far = i + nums[i]
        if i == end:
            jumps += 1
            end = far
            if end >= last:
                break
    return jumps
