def move_zeroes(nums):
    # Correct, but bubbles each zero right one step at a time: quadratic.
    n = len(nums)
    for end in range(n - 1, 0, -1):
        for k in range(end):
            if nums[k] == 0 and nums[k + 1] != 0:
                nums[k], nums[k + 1] = nums[k + 1], nums[k]
    return nums
