def search_rotated(nums, target):
    # First find the rotation (index of the minimum), then search the virtual sorted list.
    n = len(nums)
    lo, hi = 0, n - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] > nums[hi]:
            lo = mid + 1
        else:
            hi = mid
    shift = lo
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[(mid + shift) % n] < target:
            lo = mid + 1
        else:
            hi = mid
    if lo < n and nums[(lo + shift) % n] == target:
        return (lo + shift) % n
    return -1
