def two_sum_sorted(numbers, target):
    # Correct, but scans for each value's partner: quadratic.
    for i in range(len(numbers)):
        for j in range(i + 1, len(numbers)):
            if numbers[i] + numbers[j] == target:
                return [i, j]
    return []
