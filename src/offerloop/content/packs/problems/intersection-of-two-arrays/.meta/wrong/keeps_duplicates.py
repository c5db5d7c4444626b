def intersection(nums1, nums2):
    # Keeps a value once per occurrence in nums1.
    other = set(nums2)
    return [x for x in nums1 if x in other]
