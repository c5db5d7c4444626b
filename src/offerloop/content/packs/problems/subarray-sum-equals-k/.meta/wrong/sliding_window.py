def subarray_sum(nums, k):
    # A sliding window assumes positive numbers; negatives and zeros break it.
    count = lo = s = 0
    for hi, v in enumerate(nums):
        s += v
        while s > k and lo <= hi:
            s -= nums[lo]
            lo += 1
        if s == k:
            count += 1
    return count
