def rouge_l(candidate, reference):
    # Greedy two-pointer matching: finds a common subsequence, not the longest.
    L, j = 0, 0
    for x in candidate:
        k = j
        while k < len(reference) and reference[k] != x:
            k += 1
        if k < len(reference):
            L += 1
            j = k + 1
    p = L / len(candidate) if candidate else 0.0
    r = L / len(reference) if reference else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
