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
    if lower == len(nums) or nums[lower] != target:
        return [-1, -1]
    return [lower, first_true(lambda v: v > target)]  # one past the last occurrence
