def two_singles(nums):
    x = 0
    for v in nums:
        x ^= v
    low = x & -x
    a = 0
    for v in nums:
        if v & low:
            a ^= v
    return [a, x ^ a]   # the group with the bit set first, not the smaller value
