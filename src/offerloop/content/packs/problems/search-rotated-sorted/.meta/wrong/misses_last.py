def search_rotated(nums, target):
    lo, hi = 0, len(nums) - 1
    while lo < hi:  # stops before checking the last remaining candidate
        mid = (lo + hi) // 2
        v = nums[mid]
        if v == target:
            return mid
        if nums[lo] <= v:
            if nums[lo] <= target < v:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if v < target <= nums[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1
