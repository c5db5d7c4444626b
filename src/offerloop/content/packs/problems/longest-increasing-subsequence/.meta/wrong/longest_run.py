def length_of_lis(nums):
    # Longest increasing run of adjacent elements, not a subsequence.
    best = cur = 1 if nums else 0
    for a, b in zip(nums, nums[1:]):
        cur = cur + 1 if b > a else 1
        best = max(best, cur)
    return best
