import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[4.0, 0.0], [0.0, 2.0]]), np.array([[1.0], [2.0]]), 1.0, name="one factor"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[0.0, 0.0], [3.0, 5.0]]), np.array([[1.0, 0.5], [0.2, 1.0]]), 0.1, name="a user with no ratings"),
        case(np.array([[5.0, 5.0, 5.0]]), np.ones((3, 2)), 0.5, name="identical item vectors"),
    ]
    for i in range(4):
        nu, ni, f = int(rng.integers(3, 8)), int(rng.integers(3, 10)), int(rng.integers(1, 4))
        R = rng.integers(1, 6, size=(nu, ni)).astype(float) * (rng.random((nu, ni)) < 0.5)
        cases.append(case(R, rng.normal(size=(ni, f)), float(rng.choice([0.05, 0.5, 2.0])), name=f"random {nu}x{ni}, f={f}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: R is (n_users, n_items) with 0 for missing and positive ratings, Q is (n_items, f), reg > 0."""
    R, Q, reg = args
    R, Q = np.asarray(R, dtype=float), np.asarray(Q, dtype=float)
    assert R.ndim == 2 and Q.ndim == 2 and Q.shape[0] == R.shape[1], "R must be (n_users, n_items) and Q (n_items, f)"
    assert np.all(R >= 0), "ratings are positive, 0 means not rated"
    # reg > 0 keeps Q_u^T Q_u + reg I invertible for every user, so the answer is unique.
    assert reg > 0, f"reg = {reg!r} must be positive"
