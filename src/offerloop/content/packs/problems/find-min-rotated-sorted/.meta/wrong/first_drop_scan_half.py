def find_min(nums):
    # Assumes the drop is in the second half.
    half = len(nums) // 2
    for i in range(max(half, 1), len(nums)):
        if nums[i] < nums[i - 1]:
            return nums[i]
    return nums[0]
