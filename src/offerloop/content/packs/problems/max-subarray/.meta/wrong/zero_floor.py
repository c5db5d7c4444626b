def max_subarray(nums):
    # Allows the empty run: returns 0 for an all-negative list.
    best = here = 0
    for x in nums:
        here = max(0, here + x)
        best = max(best, here)
    return best
