def pivot_best(records):
    best = {}
    for student, subject, score in records:
        if score < 0:
            continue
        best.setdefault(student, {})
        best[student][subject] = max(best[student].get(subject, score), score)
    return {s: best[s] for s in sorted(best)}   # subjects in first-seen order
