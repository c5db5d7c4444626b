def subsets_with_dup(nums):
    # Deduplicates tuples in list order: [1, 2] and [2, 1] both survive when the input is unsorted.
    seen, out = set(), []

    def walk(i, current):
        if i == len(nums):
            t = tuple(current)
            if t not in seen:
                seen.add(t)
                out.append(list(t))
            return
        walk(i + 1, current)
        walk(i + 1, current + [nums[i]])

    walk(0, [])
    return out
