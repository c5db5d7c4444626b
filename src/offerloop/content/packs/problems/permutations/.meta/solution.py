def permutations(nums):
    out, current = [], []
    used = [False] * len(nums)

    def walk():
        if len(current) == len(nums):
            out.append(current[:])
            return
        for i, x in enumerate(nums):
            if not used[i]:
                used[i] = True
                current.append(x)
                walk()
                current.pop()
                used[i] = False

    walk()
    return out
