def move_zeroes(nums):
    w = 0
    for x in nums:
        if x != 0:
            nums[w] = x
            w += 1
    for k in range(w, len(nums)):
        nums[k] = 0
    return nums
