def group_anagrams(words):
    # Sorts groups alphabetically by key instead of keeping first-appearance order.
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return [groups[k] for k in sorted(groups)]
