def total_hamming(nums):
    n = len(nums)
    total = 0
    for b in range(30):
        ones = sum((v >> b) & 1 for v in nums)
        total += 2 * ones * (n - ones)   # counts (i, j) and (j, i)
    return total
