def subarray_sum(nums, k):
    # Correct, but tries every start and extends it: O(n^2).
    count = 0
    for i in range(len(nums)):
        s = 0
        for j in range(i, len(nums)):
            s += nums[j]
            if s == k:
                count += 1
    return count
