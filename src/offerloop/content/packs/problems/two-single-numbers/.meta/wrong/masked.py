def two_singles(nums):
    x = 0
    for v in nums:
        x ^= v & 0xFFFFFFFF   # 32-bit masking turns negatives into large positives
    low = x & -x
    a = 0
    for v in nums:
        if v & low:
            a ^= v & 0xFFFFFFFF
    return sorted([a, x ^ a])
