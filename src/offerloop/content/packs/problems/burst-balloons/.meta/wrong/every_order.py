def max_coins(nums):
    # Correct, but tries every remaining set of balloons: exponential.
    def go(row):
        if not row:
            return 0
        best = 0
        for k in range(len(row)):
            left = row[k - 1] if k > 0 else 1
            right = row[k + 1] if k + 1 < len(row) else 1
            best = max(best, left * row[k] * right + go(row[:k] + row[k + 1:]))
        return best

    return go(tuple(nums))
