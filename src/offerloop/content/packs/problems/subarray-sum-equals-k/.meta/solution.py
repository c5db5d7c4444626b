def subarray_sum(nums, k):
    seen = {0: 1}
    total = 0
    count = 0
    for v in nums:
        total += v
        count += seen.get(total - k, 0)
        seen[total] = seen.get(total, 0) + 1
    return count
