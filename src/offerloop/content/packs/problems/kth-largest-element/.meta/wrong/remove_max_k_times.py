def find_kth_largest(nums, k):
    # Correct, but removes the maximum k - 1 times: O(n k), quadratic when k is about n / 2.
    nums = list(nums)
    for _ in range(k - 1):
        nums.remove(max(nums))
    return max(nums)
