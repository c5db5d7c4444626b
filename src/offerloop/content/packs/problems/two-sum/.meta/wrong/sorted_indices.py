def two_sum(nums, target):
    # Two pointers on the sorted values, but returns positions in the sorted list, not the original.
    s = sorted(nums)
    lo, hi = 0, len(s) - 1
    while lo < hi:
        total = s[lo] + s[hi]
        if total == target:
            return [lo, hi]
        if total < target:
            lo += 1
        else:
            hi -= 1
    return []
