def longest_consecutive(nums):
    # Correct, but walks upward from every value, not only from run starts: O(n^2) on one long run.
    values = set(nums)
    best = 0
    for x in values:
        y = x
        while y + 1 in values:
            y += 1
        best = max(best, y - x + 1)
    return best
