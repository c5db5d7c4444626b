def find_duplicate(nums):
    # Looks for equal neighbours without sorting first.
    for a, b in zip(nums, nums[1:]):
        if a == b:
            return a
    return nums[-1]
