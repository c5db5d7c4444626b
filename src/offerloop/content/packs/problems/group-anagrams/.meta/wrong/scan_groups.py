def group_anagrams(words):
    # Correct, but compares every word with every group found so far: O(n * groups).
    groups = []
    for w in words:
        key = sorted(w)
        for g in groups:
            if sorted(g[0]) == key:
                g.append(w)
                break
        else:
            groups.append([w])
    return groups
