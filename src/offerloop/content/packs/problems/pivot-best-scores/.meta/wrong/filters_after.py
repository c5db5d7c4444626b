def pivot_best(records):
    best = {}
    for student, subject, score in records:
        key = (student, subject)
        best[key] = max(best.get(key, score), score)
    # negatives removed only after the maximum: a student with only bad rows stays, empty
    return {s: {sub: best[s, sub] for sub in sorted(b for a, b in best if a == s) if best[s, sub] >= 0}
            for s in sorted({a for a, _ in best})}
