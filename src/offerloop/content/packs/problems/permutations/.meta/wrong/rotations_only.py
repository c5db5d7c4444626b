def permutations(nums):
    # Only the rotations and their reverses: right for n <= 3, short from n = 4 on.
    n = len(nums)
    if n == 0:
        return [[]]
    out = []
    for k in range(n):
        r = nums[k:] + nums[:k]
        for p in (r, r[::-1]):
            if p not in out:
                out.append(p)
    return out
