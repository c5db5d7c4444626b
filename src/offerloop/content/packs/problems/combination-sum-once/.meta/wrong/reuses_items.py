def combination_sum_once(items, target):
    # Recurses from j instead of j + 1: an item may be used again.
    items = sorted(items)
    out = []

    def walk(start, remaining, current):
        if remaining == 0:
            out.append(current)
            return
        for j in range(start, len(items)):
            if items[j] > remaining:
                break
            if j > start and items[j] == items[j - 1]:
                continue
            walk(j, remaining - items[j], current + [items[j]])

    walk(0, target, [])
    return out
