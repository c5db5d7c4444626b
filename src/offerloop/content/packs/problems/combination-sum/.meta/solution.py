def combination_sum(candidates, target):
    coins = sorted(candidates)
    out, current = [], []

    def walk(start, remaining):
        if remaining == 0:
            out.append(current[:])
            return
        for j in range(start, len(coins)):
            if coins[j] > remaining:
                break  # sorted: every later coin is too big as well
            current.append(coins[j])
            walk(j, remaining - coins[j])
            current.pop()

    walk(0, target)
    return out
