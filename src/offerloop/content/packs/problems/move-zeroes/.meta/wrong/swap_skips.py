def move_zeroes(nums):
    # Swaps each zero with its right neighbour once: a run of zeros is only partly moved.
    for k in range(len(nums) - 1):
        if nums[k] == 0:
            nums[k], nums[k + 1] = nums[k + 1], nums[k]
    return nums
