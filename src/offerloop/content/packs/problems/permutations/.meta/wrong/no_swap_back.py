def permutations(nums):
    # Swaps an item into place but never swaps it back: the tail gets scrambled and orders repeat.
    nums = list(nums)
    out = []

    def walk(i):
        if i == len(nums):
            out.append(nums[:])
            return
        for j in range(i, len(nums)):
            nums[i], nums[j] = nums[j], nums[i]
            walk(i + 1)

    walk(0)
    return out
