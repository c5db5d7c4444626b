def rouge_l(candidate, reference):
    # F1 as the arithmetic mean of precision and recall.
    prev = [0] * (len(reference) + 1)
    for x in candidate:
        cur = [0]
        for j, y in enumerate(reference):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    L = prev[-1]
    p = L / len(candidate) if candidate else 0.0
    r = L / len(reference) if reference else 0.0
    return {"precision": p, "recall": r, "f1": (p + r) / 2}
