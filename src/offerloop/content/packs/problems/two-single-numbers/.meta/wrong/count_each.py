def two_singles(nums):
    # Correct, but counts each value with a full scan: O(n^2).
    return sorted(v for v in nums if nums.count(v) == 1)
