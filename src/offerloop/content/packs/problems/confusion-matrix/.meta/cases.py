import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([0, 1, 2, 2, 1], [0, 2, 2, 2, 1], name="three classes"),
        case([0, 1, 1], [1, 1, 0], labels=[1, 0], name="a given label order"),
    ]


def hidden(rng):
    cases = [
        case([4], [4], name="a single sample"),
        case([0, 0, 0], [0, 3, 3], name="a class only in the predictions"),
        case([5, 7, 7], [5, 5, 5], name="a class never predicted"),
        case([0, 1, 2, 1], [0, 1, 2, 2], labels=[2, 1], name="labels outside the given set are ignored"),
        case([1, 0, 1, 0], [1, 1, 0, 0], labels=[0, 1, 9], name="a label that never occurs"),
        case([0, 1, 1, 1], [1, 1, 1, 0], name="binary: [[TN, FP], [FN, TP]]"),
    ]
    for n, k in ((30, 3), (100, 5)):
        y = rng.integers(0, k, size=n)
        yp = np.where(rng.random(n) < 0.6, y, rng.integers(0, k, size=n))
        cases.append(case(y.tolist(), yp.tolist(), name=f"random n={n}, classes={k}"))
    y = rng.integers(0, 4, size=40)
    cases.append(case(y.tolist(), rng.integers(0, 4, size=40).tolist(), labels=[3, 1, 0, 2], name="random with a shuffled label order"))
    return cases
