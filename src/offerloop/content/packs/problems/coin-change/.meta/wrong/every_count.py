def coin_change(coins, amount):
    # Correct, but tries every number of copies of each coin: O(amount^2) when a small coin exists.
    inf = float("inf")
    best = [0] + [inf] * amount
    for a in range(1, amount + 1):
        for c in coins:
            t = 1
            while t * c <= a:
                best[a] = min(best[a], best[a - t * c] + t)
                t += 1
    return best[amount] if best[amount] != inf else -1
