def move_zeroes(nums):
    # Sorts the values, which moves zeros but loses the original order.
    return sorted(x for x in nums if x != 0) + [0] * nums.count(0)
