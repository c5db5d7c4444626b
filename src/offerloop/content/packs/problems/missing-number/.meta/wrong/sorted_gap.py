def missing_number(nums):
    # Finds a gap in the sorted values but forgets the case where n itself is missing.
    s = sorted(nums)
    for i, v in enumerate(s):
        if v != i:
            return i
    return 0
