def intersection(nums1, nums2):
    # Correct, but "in nums2" and "in out" scan lists: O(n m).
    out = []
    for x in nums1:
        if x in nums2 and x not in out:
            out.append(x)
    return out
