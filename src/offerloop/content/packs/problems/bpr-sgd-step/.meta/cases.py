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


def check_case(args, kwargs):
    """The prompt's promise: P (n_users, f), Q (n_items, f), valid indices with i != j, lr > 0, reg >= 0."""
    P, Q, u, i, j, lr, reg = args
    assert P.ndim == 2 and Q.ndim == 2 and P.shape[1] == Q.shape[1], "P and Q must share the factor dimension f"
    assert all(type(k) is int for k in (u, i, j)), "u, i, j are ints"
    assert 0 <= u < P.shape[0] and 0 <= i < Q.shape[0] and 0 <= j < Q.shape[0], "indices out of range"
    assert i != j, "the prompt promises i != j"
    assert lr > 0 and reg >= 0, f"lr {lr}, reg {reg}"
