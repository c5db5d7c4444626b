import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([1, 0, 1], [0.9, 0.2, 0.6], name="three predictions"),
        case([0], [1.0], name="a confident mistake"),
    ]


def hidden(rng):
    cases = [
        case([1], [0.0], name="p = 0 on a positive"),
        case([1, 0], [1.0, 0.0], name="perfect and certain"),
        case([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5], name="always one half"),
        case([1, 1, 0], [1e-20, 0.7, 1e-20], name="below eps"),
        case([1, 0, 1], [0.9, 0.2, 0.6], eps=1e-3, name="a custom eps"),
        case([0, 1], [0.9999999999999999, 0.3], name="just below one"),
    ]
    for n in (10, 500):
        y = (rng.random(n) < 0.3).astype(int)
        cases.append(case(y.tolist(), np.clip(rng.random(n) * 0.8 + 0.2 * y, 0, 1).tolist(), name=f"random n={n}"))
    return cases
