def subsets_with_dup(nums):
    # Correct, but tries all 2^n index subsets before removing repeats.
    n = len(nums)
    seen = set()
    for mask in range(1 << n):
        seen.add(tuple(sorted(nums[i] for i in range(n) if mask >> i & 1)))
    return [list(t) for t in seen]
