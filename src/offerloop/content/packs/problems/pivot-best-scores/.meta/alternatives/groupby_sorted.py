# Written differently: sort the valid records, then itertools.groupby by student and by
# subject, taking max of each group.
from itertools import groupby
from operator import itemgetter


def pivot_best(records):
    valid = sorted(r for r in records if r[2] >= 0)
    return {
        student: {subject: max(score for _, _, score in cell) for subject, cell in groupby(rows, key=itemgetter(1))}
        for student, rows in groupby(valid, key=itemgetter(0))
    }
