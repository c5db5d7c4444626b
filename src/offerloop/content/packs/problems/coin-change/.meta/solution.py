def coin_change(coins, amount):
    inf = amount + 1
    best = [0] + [inf] * amount
    for a in range(1, amount + 1):
        b = inf
        for c in coins:
            if c <= a and best[a - c] + 1 < b:
                b = best[a - c] + 1
        best[a] = b
    return best[amount] if best[amount] < inf else -1
