def search_insert(nums, targets):
    # Starts with hi = len(nums) - 1, so a target beyond the last value gets len(nums) - 1.
    out = []
    for target in targets:
        lo, hi = 0, max(len(nums) - 1, 0)
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] < target:
                lo = mid + 1
            else:
                hi = mid
        out.append(lo)
    return out
