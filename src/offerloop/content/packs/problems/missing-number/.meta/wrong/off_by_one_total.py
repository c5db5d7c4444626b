def missing_number(nums):
    # Sums 0..n-1 instead of 0..n.
    n = len(nums)
    return n * (n - 1) // 2 - sum(nums)
