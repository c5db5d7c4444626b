def max_product(nums):
    hi = lo = best = nums[0]
    for v in nums[1:]:
        a, b = v * hi, v * lo
        hi, lo = max(v, a, b), min(v, a, b)
        if hi > best:
            best = hi
    return best
