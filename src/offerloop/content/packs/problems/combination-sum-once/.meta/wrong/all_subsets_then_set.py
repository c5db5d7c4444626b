def combination_sum_once(items, target):
    # Correct, but walks all 2^n index subsets and deduplicates at the end.
    found = set()

    def walk(i, remaining, chosen):
        if i == len(items):
            if remaining == 0:
                found.add(tuple(sorted(chosen)))
            return
        walk(i + 1, remaining, chosen)
        walk(i + 1, remaining - items[i], chosen + [items[i]])

    walk(0, target, [])
    return [list(t) for t in found]
