def group_anagrams(words):
    groups = {}
    for w in words:
        bucket = groups.setdefault("".join(sorted(w)), [])
        if w not in bucket:   # duplicates must stay
            bucket.append(w)
    return list(groups.values())
