def move_zeroes(nums):
    # Removes the zeros instead of moving them.
    return [x for x in nums if x != 0]
