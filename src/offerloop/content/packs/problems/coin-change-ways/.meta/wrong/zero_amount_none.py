def count_coin_ways(coins, amount):
    if amount == 0:
        return 0   # the empty combination is one way
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]
