def merge_intervals(intervals):
    # Correct, but compares each interval with every merged group so far: O(n^2).
    groups = []
    for s, e in intervals:
        s, e = s, e
        changed = True
        while changed:
            changed = False
            for g in groups:
                if g[0] <= e and s <= g[1]:
                    s, e = min(s, g[0]), max(e, g[1])
                    groups.remove(g)
                    changed = True
                    break
        groups.append([s, e])
    return sorted(groups)
