def value_range(nums, target):
    # Binary search for one occurrence, then walk outwards along the run: O(run length).
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            first = last = mid
            while first > 0 and nums[first - 1] == target:
                first -= 1
            while last + 1 < len(nums) and nums[last + 1] == target:
                last += 1
            return [first, last]
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return [-1, -1]
