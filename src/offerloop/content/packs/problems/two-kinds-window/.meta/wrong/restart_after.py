def longest_two_kinds(items):
    # On a third kind, starts the new window at the previous tree only, ignoring its run.
    best, start, kinds = 0, 0, []
    for i, v in enumerate(items):
        if v not in kinds:
            if len(kinds) == 2:
                start = i - 1
                kinds = [items[i - 1]]
            kinds.append(v)
        best = max(best, i - start + 1)
    return best
