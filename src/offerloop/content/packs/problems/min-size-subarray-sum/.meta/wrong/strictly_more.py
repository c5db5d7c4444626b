def shortest_stretch(nums, target):
    best, total, left = 0, 0, 0
    for right, v in enumerate(nums):
        total += v
        while total > target:  # "at least" includes equality
            if best == 0 or right - left + 1 < best:
                best = right - left + 1
            total -= nums[left]
            left += 1
    return best
