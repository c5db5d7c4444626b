def permutations(nums):
    # Returns [] for an empty list: the empty ordering is missing.
    if not nums:
        return []
    out = []
    for i, x in enumerate(nums):
        for rest in permutations(nums[:i] + nums[i + 1:]) or [[]]:
            out.append([x] + rest)
    return out
