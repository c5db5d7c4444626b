def subsets_with_dup(nums):
    nums = sorted(nums)
    out, current = [], []

    def walk(i):
        out.append(current[:])
        for j in range(i, len(nums)):
            if j > i and nums[j] == nums[j - 1]:
                continue  # the same value at this depth would repeat the previous branch
            current.append(nums[j])
            walk(j + 1)
            current.pop()

    walk(0)
    return out
