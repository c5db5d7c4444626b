def subsets(nums):
    out, current = [], []

    def walk(i):
        if i == len(nums):
            out.append(current[:])
            return
        walk(i + 1)              # skip nums[i]
        current.append(nums[i])  # take nums[i]
        walk(i + 1)
        current.pop()

    walk(0)
    return out
