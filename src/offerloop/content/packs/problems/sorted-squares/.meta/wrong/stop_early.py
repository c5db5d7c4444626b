def sorted_squares(nums):
    out = []
    lo, hi = 0, len(nums) - 1
    while lo < hi:  # the last remaining element is never written
        a, b = nums[lo] * nums[lo], nums[hi] * nums[hi]
        if a > b:
            out.append(a)
            lo += 1
        else:
            out.append(b)
            hi -= 1
    return out[::-1]
