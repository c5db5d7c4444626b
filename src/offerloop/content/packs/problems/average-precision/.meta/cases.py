import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([1, 0, 1, 0], [0.9, 0.8, 0.7, 0.1], name="four distinct scores"),
        case([0, 1, 1], [0.5, 0.5, 0.2], name="a tied pair at the top"),
    ]


def hidden(rng):
    cases = [
        case([1], [0.3], name="a single positive"),
        case([1, 0, 0], [0.1, 0.5, 0.9], name="the positive ranked last"),
        case([1, 1, 0, 0], [0.4, 0.4, 0.4, 0.4], name="every score tied"),
        case([0, 1, 0, 1, 1], [0.9, 0.8, 0.8, 0.3, 0.3], name="two tied groups"),
        case([0, 0, 1, 0, 1, 0], [6.0, 5.0, 4.0, 3.0, 2.0, 1.0], name="precision rises again (no interpolation)"),
    ]
    for n in (30, 300):
        y = (rng.random(n) < 0.2).astype(int)
        y[0] = 1
        cases.append(case(y.tolist(), np.round(rng.normal(size=n) + y, 1).tolist(), name=f"rounded scores n={n}"))
    return cases
