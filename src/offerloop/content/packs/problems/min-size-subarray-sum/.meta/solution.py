def shortest_stretch(nums, target):
    best = 0
    total = 0
    left = 0
    for right, v in enumerate(nums):
        total += v
        while total >= target:
            length = right - left + 1
            if best == 0 or length < best:
                best = length
            total -= nums[left]
            left += 1
    return best
