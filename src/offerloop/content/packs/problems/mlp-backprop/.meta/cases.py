import numpy as np

from offerloop.judge.cases import case


def visible():
    X = np.array([[1.0, 2.0]])
    W1 = np.array([[1.0, -1.0], [0.5, 1.0]])
    return [
        case(X, np.array([0]), W1, np.zeros(2), np.eye(2), np.zeros(2), name="one sample"),
        case(np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([1, 0]), W1, np.array([0.1, -0.1]), np.array([[1.0, -1.0], [2.0, 0.5]]),
             np.array([0.0, 0.2]), name="two samples"),
    ]


def _params(rng, d, h, c, scale=1.0):
    return rng.normal(size=(d, h)) * scale, rng.normal(size=h) * 0.1, rng.normal(size=(h, c)) * scale, rng.normal(size=c) * 0.1


def hidden(rng):
    cases = []
    for n, d, h, c in ((1, 3, 4, 3), (8, 4, 5, 3), (16, 3, 6, 4), (5, 2, 3, 2)):
        X = rng.normal(size=(n, d))
        cases.append(case(X, rng.integers(0, c, size=n), *_params(rng, d, h, c), name=f"random n={n}, {d}-{h}-{c}"))
    X = rng.normal(size=(6, 3))
    cases.append(case(X, np.zeros(6, dtype=int), *_params(rng, 3, 4, 3), name="every label the same"))
    cases.append(case(X * 30, rng.integers(0, 3, size=6), *_params(rng, 3, 4, 3, scale=10.0), name="large logits (stability)"))
    W1, b1, W2, b2 = _params(rng, 3, 4, 2)
    cases.append(case(X, rng.integers(0, 2, size=6), W1, b1 - 100.0, W2, b2, name="all hidden units dead"))
    return cases
