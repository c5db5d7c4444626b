def two_singles(nums):
    x = 0
    for v in nums:
        x ^= v
    low = x & -x
    a = 0
    for v in nums:
        if v & low:
            a ^= v
    b = x ^ a
    return [a, b] if a < b else [b, a]
