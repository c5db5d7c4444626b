import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([1, 1, 1, 0, 0, 0], [1, 1, 0, 0, 0, 1], name="six samples"),
        case([1, 0, 1, 0], [1, 0, 1, 0], name="perfect"),
    ]


def hidden(rng):
    cases = [
        case([1], [1], name="a single sample"),
        case([0, 1, 0, 1], [0, 0, 0, 0], name="only negatives predicted"),
        case([0, 1, 1, 0], [1, 0, 0, 1], name="perfectly inverted"),
        case([1, 1, 1, 1], [1, 0, 1, 0], name="no true negatives"),
    ]
    n = 240_000
    y = (rng.random(n) < 0.5).astype(np.int8)
    cases.append(case(y, np.where(rng.random(n) < 0.8, y, 1 - y).astype(np.int8), name="240,000 samples"))
    for n in (50, 1000):
        y = (rng.random(n) < 0.3).astype(int)
        cases.append(case(y, np.where(rng.random(n) < 0.7, y, 1 - y), name=f"random n={n}"))
    return cases
