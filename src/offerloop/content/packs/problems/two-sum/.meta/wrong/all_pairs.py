def two_sum(nums, target):
    # Correct, but checks every pair: quadratic time.
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return [i, j]
    return []
