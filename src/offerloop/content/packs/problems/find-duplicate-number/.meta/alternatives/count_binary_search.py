def find_duplicate(nums):
    # Binary search on the value: more than mid values <= mid means the duplicate is <= mid.
    lo, hi = 1, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if sum(1 for v in nums if v <= mid) > mid:
            hi = mid
        else:
            lo = mid + 1
    return lo
