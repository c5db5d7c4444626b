def missing_number(nums):
    # XORs the indices 0..n-1 with the values but never folds in n itself.
    x = 0
    for i, v in enumerate(nums):
        x ^= i ^ v
    return x
