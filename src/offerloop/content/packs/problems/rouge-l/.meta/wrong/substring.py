def rouge_l(candidate, reference):
    # Longest common substring (contiguous) instead of subsequence.
    best = 0
    prev = [0] * (len(reference) + 1)
    for x in candidate:
        cur = [0]
        for j, y in enumerate(reference):
            cur.append(prev[j] + 1 if x == y else 0)
        best = max(best, max(cur))
        prev = cur
    p = best / len(candidate) if candidate else 0.0
    r = best / len(reference) if reference else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
