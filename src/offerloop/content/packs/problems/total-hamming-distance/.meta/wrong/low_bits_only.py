def total_hamming(nums):
    n = len(nums)
    total = 0
    for b in range(16):   # only 16 bits: values go up to 2^30 - 1
        ones = sum((v >> b) & 1 for v in nums)
        total += ones * (n - ones)
    return total
