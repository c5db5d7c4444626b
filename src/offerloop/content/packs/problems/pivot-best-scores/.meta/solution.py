def pivot_best(records):
    best = {}
    for student, subject, score in records:
        if score < 0:
            continue
        key = (student, subject)
        if key not in best or score > best[key]:
            best[key] = score
    students = sorted({student for student, _ in best})
    return {
        student: {subject: best[student, subject] for subject in sorted(sub for st, sub in best if st == student)}
        for student in students
    }
