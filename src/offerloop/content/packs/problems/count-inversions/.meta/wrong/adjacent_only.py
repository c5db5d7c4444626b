def count_inversions(nums):
    # Only counts neighbours that are out of order.
    return sum(1 for a, b in zip(nums, nums[1:]) if a > b)
