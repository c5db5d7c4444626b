def two_singles(nums):
    x = 0
    for v in nums:
        x ^= v
    a = 0
    for v in nums:
        if v & 1:   # assumes the two singles differ in parity
            a ^= v
    b = x ^ a
    return sorted([a, b])
