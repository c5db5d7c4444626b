def single_number(nums):
    # Correct, but counts each value with a full scan: O(n^2).
    for v in nums:
        if nums.count(v) == 1:
            return v
