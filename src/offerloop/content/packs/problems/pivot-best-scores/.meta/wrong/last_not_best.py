def pivot_best(records):
    latest = {}
    for student, subject, score in records:
        if score >= 0:
            latest[student, subject] = score   # the last attempt, not the best
    return {s: {sub: latest[s, sub] for sub in sorted(b for a, b in latest if a == s)}
            for s in sorted({a for a, _ in latest})}
