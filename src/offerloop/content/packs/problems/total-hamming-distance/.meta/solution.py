def total_hamming(nums):
    n = len(nums)
    total = 0
    for b in range(30):
        ones = 0
        for v in nums:
            ones += (v >> b) & 1
        total += ones * (n - ones)
    return total
