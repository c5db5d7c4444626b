def subsets_with_dup(nums):
    # Skips twins without sorting first: equal values that are not adjacent still repeat.
    out, current = [], []

    def walk(i):
        out.append(current[:])
        for j in range(i, len(nums)):
            if j > i and nums[j] == nums[j - 1]:
                continue
            current.append(nums[j])
            walk(j + 1)
            current.pop()

    walk(0)
    return out
