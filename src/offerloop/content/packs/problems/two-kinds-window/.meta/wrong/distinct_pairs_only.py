def longest_two_kinds(items):
    # Counts only stretches that alternate between two values without repeats of one value.
    if not items:
        return 0
    best = cur = 1
    for i in range(1, len(items)):
        if i >= 2 and items[i] == items[i - 2] and items[i] != items[i - 1]:
            cur += 1
        elif items[i] != items[i - 1]:
            cur = 2
        else:
            cur = 1
        best = max(best, cur)
    return best
