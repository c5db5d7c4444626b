import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0, 0.0]]), np.array([[1.0, 0.0], [0.0, 1.0]]), 0, 0, 1, 0.1, 0.0, name="one step, no regularisation"),
    ]


def hidden(rng):
    cases = [
        case(np.zeros((1, 2)), rng.normal(size=(3, 2)), 0, 2, 0, 0.05, 0.01, name="a zero user vector"),
        case(np.full((1, 3), 10.0), np.array([[10.0, 10.0, 10.0], [-10.0, -10.0, -10.0]]), 0, 0, 1, 0.1, 0.1, name="already well ordered (x = 600)"),
        case(np.full((1, 3), 10.0), np.array([[-10.0, -10.0, -10.0], [10.0, 10.0, 10.0]]), 0, 0, 1, 0.01, 0.1, name="badly ordered (x = -600)"),
    ]
    for k in range(4):
        nu, ni, f = int(rng.integers(2, 6)), int(rng.integers(3, 8)), int(rng.integers(2, 6))
        i, j = rng.choice(ni, size=2, replace=False)
        cases.append(case(rng.normal(size=(nu, f)), rng.normal(size=(ni, f)), int(rng.integers(nu)), int(i), int(j),
                          float(rng.choice([0.01, 0.05, 0.1])), float(rng.choice([0.0, 0.01, 0.1])), name=f"random {k + 1}"))
    return cases
