def search_insert(nums, targets):
    out = []
    for target in targets:
        lo, hi = 0, len(nums)
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] < target:
                lo = mid + 1
            else:
                hi = mid
        out.append(lo)
    return out
