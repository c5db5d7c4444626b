def _first_true(nums, pred):
    lo, hi = 0, len(nums)
    while lo < hi:
        mid = (lo + hi) // 2
        if pred(nums[mid]):
            hi = mid
        else:
            lo = mid + 1
    return lo


def value_range(nums, target):
    lower = _first_true(nums, lambda v: v >= target)
    if lower == len(nums) or nums[lower] != target:
        return [-1, -1]
    upper = _first_true(nums, lambda v: v > target)
    return [lower, upper - 1]
