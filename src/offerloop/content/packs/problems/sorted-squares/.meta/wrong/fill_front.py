def sorted_squares(nums):
    # Fills from the front with the smaller end square: the ends hold the largest, not the smallest.
    n = len(nums)
    out = []
    lo, hi = 0, n - 1
    while lo <= hi:
        a, b = nums[lo] * nums[lo], nums[hi] * nums[hi]
        if a < b:
            out.append(a)
            lo += 1
        else:
            out.append(b)
            hi -= 1
    return out
