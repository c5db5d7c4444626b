def intersection(nums1, nums2):
    # Only matches values at the same position.
    return list({a for a, b in zip(nums1, nums2) if a == b})
