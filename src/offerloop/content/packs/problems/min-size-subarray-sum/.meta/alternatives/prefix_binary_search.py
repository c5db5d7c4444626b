def shortest_stretch(nums, target):
    # Prefix sums are increasing: for each right end, binary search the latest start that still reaches the target.
    prefix = [0]
    for v in nums:
        prefix.append(prefix[-1] + v)
    best = 0
    for right in range(1, len(prefix)):
        need = prefix[right] - target
        if need < 0:
            continue
        lo, hi = 0, right - 1  # largest start index s with prefix[s] <= need
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if prefix[mid] <= need:
                lo = mid
            else:
                hi = mid - 1
        length = right - lo
        if best == 0 or length < best:
            best = length
    return best
