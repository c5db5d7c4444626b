def max_subarray(nums):
    # Correct, but tries every start: quadratic time.
    best = nums[0]
    for i in range(len(nums)):
        total = 0
        for j in range(i, len(nums)):
            total += nums[j]
            if total > best:
                best = total
    return best
