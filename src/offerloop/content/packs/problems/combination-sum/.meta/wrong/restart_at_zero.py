def combination_sum(candidates, target):
    # Restarts at the first coin every time: [2, 2, 3], [2, 3, 2] and [3, 2, 2] all come out.
    out = []

    def walk(remaining, current):
        if remaining == 0:
            out.append(current)
            return
        for c in candidates:
            if c <= remaining:
                walk(remaining - c, current + [c])

    walk(target, [])
    return out
