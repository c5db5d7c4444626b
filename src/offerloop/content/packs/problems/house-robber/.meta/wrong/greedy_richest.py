def rob(nums):
    # Takes the richest house still allowed, again and again.
    taken = set()
    total = 0
    for i in sorted(range(len(nums)), key=lambda k: -nums[k]):
        if i - 1 not in taken and i + 1 not in taken:
            taken.add(i)
            total += nums[i]
    return total
