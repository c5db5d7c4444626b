def find_max_average(nums, k):
    # Floor division throws the fraction away.
    total = best = sum(nums[:k])
    for i in range(k, len(nums)):
        total += nums[i] - nums[i - k]
        best = max(best, total)
    return best // k
