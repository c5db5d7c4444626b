def max_coins(nums):
    row = list(nums)
    total = 0
    while row:
        k = min(range(len(row)), key=lambda i: row[i])   # burst the smallest number first
        left = row[k - 1] if k > 0 else 1
        right = row[k + 1] if k + 1 < len(row) else 1
        total += left * row[k] * right
        row.pop(k)
    return total
