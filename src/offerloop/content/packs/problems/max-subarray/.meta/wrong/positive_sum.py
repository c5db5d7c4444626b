def max_subarray(nums):
    # Adds up the positive numbers, as if the run need not be contiguous.
    pos = sum(x for x in nums if x > 0)
    return pos if pos > 0 else max(nums)
