def value_range(nums, target):
    def first_true(pred):
        lo, hi = 0, len(nums)
        while lo < hi:
            mid = (lo + hi) // 2
            if pred(nums[mid]):
                hi = mid
            else:
                lo = mid + 1
        return lo

    lower = first_true(lambda v: v >= target)
    upper = first_true(lambda v: v > target)
    if lower == len(nums):
        return [-1, -1]
    return [lower, upper - 1]  # an absent target inside the range gives [i, i - 1]
