def combination_sum_once(items, target):
    # Forgets to skip twins: [1, 7] comes out once per copy of 1.
    items = sorted(items)
    out = []

    def walk(start, remaining, current):
        if remaining == 0:
            out.append(current)
            return
        for j in range(start, len(items)):
            if items[j] > remaining:
                break
            walk(j + 1, remaining - items[j], current + [items[j]])

    walk(0, target, [])
    return out
