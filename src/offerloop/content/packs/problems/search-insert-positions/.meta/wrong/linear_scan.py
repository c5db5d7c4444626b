def search_insert(nums, targets):
    # Correct, but scans from the start for every target: O(n q).
    out = []
    for target in targets:
        k = 0
        while k < len(nums) and nums[k] < target:
            k += 1
        out.append(k)
    return out
