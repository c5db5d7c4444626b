import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([0, 1, 1, 1], [0.2, 0.4, 0.9, 0.95], n_bins=2, name="two bins"),
        case([1, 0, 1, 0, 1], [0.8, 0.8, 0.8, 0.8, 0.8], name="one bin, default 10 bins"),
    ]


def hidden(rng):
    cases = [
        case([1], [1.0], name="a single certain prediction"),
        case([0, 0, 1], [0.0, 0.0, 0.25], n_bins=4, name="zero probabilities and an edge"),
        case([1, 0, 1, 0], [0.5, 0.5, 0.75, 0.25], n_bins=4, name="predictions on bin edges"),
        case([0, 1, 1], [0.5, 0.3, 0.9], n_bins=2, name="0.5 belongs to the lower bin"),
        case([1, 1, 1, 0, 0, 0, 0, 0, 0, 0], [0.95, 0.9, 0.85, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.6], n_bins=5, name="uneven bin sizes"),
    ]
    for n, b in ((50, 10), (500, 15)):
        p = rng.random(n)
        y = (rng.random(n) < p ** 1.5).astype(int)  # overconfident in the middle
        cases.append(case(y.tolist(), p.tolist(), n_bins=b, name=f"random n={n}, {b} bins"))
    return cases
