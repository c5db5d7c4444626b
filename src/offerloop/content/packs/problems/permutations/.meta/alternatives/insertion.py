def permutations(nums):
    perms = [[]]
    for x in nums:
        perms = [p[:k] + [x] + p[k:] for p in perms for k in range(len(p) + 1)]
    return perms
