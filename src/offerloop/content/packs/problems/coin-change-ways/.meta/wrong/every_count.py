def count_coin_ways(coins, amount):
    # Correct, but adds every possible number of copies of each coin: O(amount^2 / c) per coin.
    ways = [1] + [0] * amount
    for c in coins:
        new = [0] * (amount + 1)
        for a in range(amount + 1):
            t = 0
            while t * c <= a:
                new[a] += ways[a - t * c]
                t += 1
        ways = new
    return ways[amount]
