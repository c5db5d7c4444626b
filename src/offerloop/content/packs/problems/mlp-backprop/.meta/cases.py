import numpy as np

from offerloop.judge.cases import case

MARGIN = 1e-9  # every pre-activation Z1 is this far from 0, where ReLU's derivative switches


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


def check_case(args, kwargs):
    """The prompt's promise: shapes, labels in 0..C-1; no pre-activation near 0 (ReLU's derivative is 1 only where Z1 > 0)."""
    X, y, W1, b1, W2, b2 = args
    assert all(isinstance(a, np.ndarray) for a in args), "every argument must be an array"
    assert X.ndim == 2 and X.shape[0] >= 1, "X must be (n, d)"
    n, d = X.shape
    assert W1.ndim == 2 and W1.shape[0] == d and b1.shape == (W1.shape[1],), f"W1 {W1.shape} and b1 {b1.shape} must be (d, h) and (h,)"
    h = W1.shape[1]
    assert W2.ndim == 2 and W2.shape[0] == h and b2.shape == (W2.shape[1],), f"W2 {W2.shape} and b2 {b2.shape} must be (h, C) and (C,)"
    C = W2.shape[1]
    assert y.shape == (n,) and y.dtype.kind in "iu" and np.all((y >= 0) & (y < C)), f"y must be {n} int labels in 0..{C - 1}"
    assert all(np.all(np.isfinite(a)) for a in (X, W1, b1, W2, b2)), "inputs must be finite"
    Z1 = X @ W1 + b1
    scale = np.abs(X) @ np.abs(W1) + np.abs(b1)  # the size of the terms a rounding error scales with
    close = np.abs(Z1) <= MARGIN * np.maximum(scale, 1.0)
    assert not close.any(), f"pre-activation {tuple(int(i) for i in np.argwhere(close)[0])} is within rounding of 0"
