def count_coin_ways(coins, amount):
    ways = [1] + [0] * amount
    for a in range(1, amount + 1):   # amounts outside: counts 1+2 and 2+1 separately
        for c in coins:
            if c <= a:
                ways[a] += ways[a - c]
    return ways[amount]
