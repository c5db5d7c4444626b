import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0, 2.0]]), np.eye(2), np.array([[1.0, 1.0]]), np.array([[1.0], [0.0]]), 2.0, name="rank 1"),
    ]


def hidden(rng):
    cases = [
        case(rng.normal(size=(3, 4)), rng.normal(size=(4, 4)), rng.normal(size=(2, 4)), np.zeros((4, 2)), 16.0, name="B = 0: the base model"),
        case(rng.normal(size=(1, 5)), rng.normal(size=(3, 5)), rng.normal(size=(1, 5)), rng.normal(size=(3, 1)), 1.0, name="a single input row"),
    ]
    for i, (n, din, dout, r, alpha) in enumerate(((4, 6, 6, 2, 8.0), (5, 8, 3, 4, 16.0), (2, 5, 7, 3, 3.0), (6, 4, 4, 4, 4.0))):
        cases.append(case(rng.normal(size=(n, din)), rng.normal(size=(dout, din)), rng.normal(size=(r, din)), rng.normal(size=(dout, r)), alpha,
                          name=f"n={n}, {din}->{dout}, r={r}"))
    return cases
