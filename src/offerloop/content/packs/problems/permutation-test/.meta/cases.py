import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([1.0, 2.0, 3.0], [7.0, 8.0, 9.0], 999, 0, name="clearly different groups"),
        case([1.0, 2.0, 3.0, 4.0], [2.0, 3.0, 1.0, 4.0], 200, 7, name="identical values"),
    ]


def hidden(rng):
    cases = [
        case([5.0], [1.0, 2.0, 3.0], 300, 1, name="a single value in one group"),
        case([0.0, 0.0, 0.0, 1.0], [1.0, 1.0, 0.0, 1.0, 1.0], 500, 2, name="binary outcomes: many ties"),
        case([4.0, 5.0], [1.0, 1.0], 0, 3, name="zero permutations"),
        case([10.0, 11.0, 12.0, 13.0, 14.0, 15.0], [0.0, 1.0, 2.0, 3.0, 4.0, 5.0], 400, 4, name="completely separated"),
    ]
    for na, nb in ((8, 10), (20, 15)):
        a = rng.integers(0, 10, size=na).astype(float)
        b = (rng.integers(0, 10, size=nb) + 2).astype(float)
        cases.append(case(a.tolist(), b.tolist(), 300, int(rng.integers(0, 10**6)), name=f"random integers {na} vs {nb}"))
    return cases
