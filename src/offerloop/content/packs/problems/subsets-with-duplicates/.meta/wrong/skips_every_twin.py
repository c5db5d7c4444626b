def subsets_with_dup(nums):
    # Skips a twin at every depth (j > 0, not j > i): [2, 2] can never be built.
    nums = sorted(nums)
    out, current = [], []

    def walk(i):
        out.append(current[:])
        for j in range(i, len(nums)):
            if j > 0 and nums[j] == nums[j - 1]:
                continue
            current.append(nums[j])
            walk(j + 1)
            current.pop()

    walk(0)
    return out
