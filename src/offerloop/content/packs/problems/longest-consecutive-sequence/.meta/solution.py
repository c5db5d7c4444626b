def longest_consecutive(nums):
    values = set(nums)
    best = 0
    for x in values:
        if x - 1 in values:
            continue
        y = x
        while y + 1 in values:
            y += 1
        best = max(best, y - x + 1)
    return best
