def intersection(nums1, nums2):
    """The distinct values found in both nums1 and nums2, in any order."""
    raise NotImplementedError
