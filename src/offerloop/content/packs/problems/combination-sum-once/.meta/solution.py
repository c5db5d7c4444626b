def combination_sum_once(items, target):
    items = sorted(items)
    out, current = [], []

    def walk(start, remaining):
        if remaining == 0:
            out.append(current[:])
            return
        for j in range(start, len(items)):
            if items[j] > remaining:
                break
            if j > start and items[j] == items[j - 1]:
                continue  # this value was just tried at this depth
            current.append(items[j])
            walk(j + 1, remaining - items[j])
            current.pop()

    walk(0, target)
    return out
