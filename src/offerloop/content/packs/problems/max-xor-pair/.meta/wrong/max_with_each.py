def max_xor(nums):
    top = max(nums)   # assumes the largest number is in the best pair
    rest = list(nums)
    rest.remove(top)
    return max(top ^ v for v in rest)
