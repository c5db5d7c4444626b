def max_profit(prices):
    # Correct, but tries every buy and sell day: quadratic time.
    best = 0
    for i in range(len(prices)):
        for j in range(i + 1, len(prices)):
            best = max(best, prices[j] - prices[i])
    return best
