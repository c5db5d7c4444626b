def pivot_best(records):
    best = {}
    for student, subject, score in records:
        if score >= 0 and score > best.get((student, subject), -1):
            best[student, subject] = score
    subjects = sorted({sub for _, sub in best})
    # a full table, like a pandas pivot: subjects a student never took appear as None
    return {s: {sub: best.get((s, sub)) for sub in subjects} for s in sorted({a for a, _ in best})}
