def value_range(nums, target):
    if target not in nums:  # O(n) per call
        return [-1, -1]
    first = nums.index(target)
    return [first, first + nums.count(target) - 1]
