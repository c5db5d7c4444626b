def intersection(nums1, nums2):
    # Takes the union instead of the intersection.
    return list(set(nums1) | set(nums2))
