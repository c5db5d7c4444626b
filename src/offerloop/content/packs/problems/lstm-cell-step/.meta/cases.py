import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0]]), np.zeros((1, 1)), np.array([[0.5]]), np.array([[0.0, 0.0, 1.0, 0.0]]), np.zeros((1, 4)), np.zeros(4),
             name="one unit, only the candidate is driven"),
    ]


def _params(rng, d, H):
    return rng.normal(size=(d, 4 * H)) * 0.6, rng.normal(size=(H, 4 * H)) * 0.6, rng.normal(size=4 * H) * 0.3


def hidden(rng):
    cases = []
    W, U, b = _params(rng, 3, 2)
    cases.append(case(rng.normal(size=(1, 3)), rng.normal(size=(1, 2)), rng.normal(size=(1, 2)), W, U, b, name="a single sample"))
    cases.append(case(np.zeros((2, 3)), np.zeros((2, 2)), np.ones((2, 2)), W, U, b, name="zero input and state"))
    W, U, b = _params(rng, 4, 5)
    cases.append(case(rng.normal(size=(6, 4)), rng.normal(size=(6, 5)), rng.normal(size=(6, 5)), W, U, b, name="batch of six, H = 5"))
    cases.append(case(rng.normal(size=(3, 4)) * 100, rng.normal(size=(3, 5)), rng.normal(size=(3, 5)) * 10, W, U, b, name="saturating gates"))
    W, U, b = _params(rng, 2, 3)
    cases.append(case(rng.normal(size=(4, 2)), rng.normal(size=(4, 3)), rng.normal(size=(4, 3)), W, U, b + 1.0, name="positive biases"))
    return cases
