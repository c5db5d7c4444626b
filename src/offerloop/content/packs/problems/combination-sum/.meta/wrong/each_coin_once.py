def combination_sum(candidates, target):
    # Moves past a coin after using it: each denomination at most once.
    coins = sorted(candidates)
    out = []

    def walk(start, remaining, current):
        if remaining == 0:
            out.append(current)
            return
        for j in range(start, len(coins)):
            if coins[j] > remaining:
                break
            walk(j + 1, remaining - coins[j], current + [coins[j]])

    walk(0, target, [])
    return out
