import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0, 0.0]]), np.array([[1.0, 1.0]]), [(0, 0, 3.0)], 0.1, 0.0, name="one rating, no regularisation"),
        case(np.array([[0.5, 0.5], [1.0, -1.0]]), np.array([[1.0, 0.0], [0.0, 1.0]]), [(0, 1, 4.0), (1, 0, 2.0)], 0.05, 0.1,
             name="two ratings with regularisation"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[2.0]]), np.array([[1.5]]), [(0, 0, 3.0)], 0.1, 0.5, name="a perfect prediction still shrinks (reg)"),
        case(np.array([[1.0, 1.0]]), np.array([[1.0, 1.0]]), [(0, 0, 5.0)] * 3, 0.05, 0.0, name="the same rating three times"),
        case(np.array([[1.0, 2.0]]), np.array([[0.5, 0.5]]), [], 0.1, 0.1, name="no ratings"),
    ]
    for i in range(4):
        nu, ni, f = int(rng.integers(3, 8)), int(rng.integers(3, 8)), int(rng.integers(2, 5))
        P, Q = rng.normal(size=(nu, f)) * 0.5, rng.normal(size=(ni, f)) * 0.5
        ratings = [(int(rng.integers(nu)), int(rng.integers(ni)), float(rng.integers(1, 6))) for _ in range(int(rng.integers(10, 30)))]
        cases.append(case(P, Q, ratings, 0.02, 0.05, name=f"random {nu} users x {ni} items"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: P (n_users, f), Q (n_items, f), (u, i, r) triples with ids in range, lr > 0, reg >= 0."""
    P, Q, ratings, lr, reg = args
    assert isinstance(P, np.ndarray) and isinstance(Q, np.ndarray) and P.ndim == Q.ndim == 2, "P and Q must be 2-D arrays"
    assert P.shape[1] == Q.shape[1] >= 1, f"P {P.shape} and Q {Q.shape} must share the factor size f"
    assert np.all(np.isfinite(P)) and np.all(np.isfinite(Q)), "factors must be finite"
    for j, (u, i, r) in enumerate(ratings):
        assert type(u) is int and 0 <= u < P.shape[0], f"rating {j}: user {u!r} is out of range"
        assert type(i) is int and 0 <= i < Q.shape[0], f"rating {j}: item {i!r} is out of range"
        assert isinstance(r, float) and np.isfinite(r), f"rating {j}: r = {r!r} must be a finite float"
    assert isinstance(lr, float) and lr > 0, f"lr = {lr!r} must be positive"
    assert isinstance(reg, float) and reg >= 0, f"reg = {reg!r} must be non-negative"
