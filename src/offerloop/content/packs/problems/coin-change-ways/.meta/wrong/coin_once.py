def count_coin_ways(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(amount, c - 1, -1):   # downward: each coin at most once
            ways[a] += ways[a - c]
    return ways[amount]
