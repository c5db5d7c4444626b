def combination_sum_once(items, target):
    counts = {}
    for x in items:
        counts[x] = counts.get(x, 0) + 1
    values = sorted(counts, reverse=True)
    out = []

    def walk(k, remaining, chosen):
        if remaining == 0:
            out.append(chosen)
            return
        if k == len(values):
            return
        v = values[k]
        for copies in range(min(counts[v], remaining // v), -1, -1):
            walk(k + 1, remaining - copies * v, chosen + [v] * copies)

    walk(0, target, [])
    return out
