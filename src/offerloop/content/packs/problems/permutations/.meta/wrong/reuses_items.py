def permutations(nums):
    # Forgets to mark items as used: every sequence of length n over nums, repeats included.
    out = []

    def walk(current):
        if len(current) == len(nums):
            out.append(current)
            return
        for x in nums:
            walk(current + [x])

    walk([])
    return out
