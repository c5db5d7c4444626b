def two_sum_sorted(numbers, target):
    # Moves the wrong pointer: when the sum is too small it shrinks the right end.
    lo, hi = 0, len(numbers) - 1
    while lo < hi:
        total = numbers[lo] + numbers[hi]
        if total == target:
            return [lo, hi]
        if total > target:
            lo += 1
        else:
            hi -= 1
    return []
