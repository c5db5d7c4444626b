def length_of_lis(nums):
    # Greedily extends from the first value and never reconsiders a smaller start.
    length, last = 0, None
    for x in nums:
        if last is None or x > last:
            length += 1
            last = x
    return length
