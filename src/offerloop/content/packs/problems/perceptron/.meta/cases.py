from fractions import Fraction

import numpy as np

from offerloop.judge.cases import case

MARGIN = 1e-9  # relative distance of every score y_i (w . x_i + b) from 0, unless exactly 0 in every float form


def visible():
    return [
        case(np.array([[2.0, 1.0], [-1.0, -1.0]]), np.array([1, -1]), 1, name="one epoch"),
        case(np.array([[1.0, 1.0], [2.0, 0.0], [-1.0, 0.0], [0.0, -2.0]]), np.array([1, 1, -1, -1]), 5, name="five epochs"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[3.0]]), np.array([-1]), 3, name="a single sample"),
        case(np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([1, -1]), 0, name="zero epochs"),
        case(np.array([[0.0, 1.0], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0]]), np.array([1, 1, -1, -1]), 4, name="XOR never settles"),
        case(np.array([[1.0], [1.0], [1.0]]), np.array([1, 1, 1]), 2, name="all one class"),
    ]
    for n, d, ep in ((20, 2, 3), (60, 4, 5)):
        X = rng.normal(size=(n, d))
        y = np.where(X @ rng.normal(size=d) + 0.3 > 0, 1, -1)
        cases.append(case(X, y, ep, name=f"random separable {n}x{d}, {ep} epochs"))
    return cases


def _grid(a):
    # Multiples of 1/1024 below 2^20 in size: products and their sums are exact in any order.
    return bool(np.all(a * 1024 == np.round(a * 1024)) and np.all(np.abs(a) < 2**20))


def check_case(args, kwargs):
    """The prompt's promise: X (n, d), labels in {-1, +1}, epochs >= 0; every score clear of 0 unless exactly 0."""
    X, y, epochs = args
    assert isinstance(X, np.ndarray) and X.ndim == 2 and X.shape[0] >= 1 and X.shape[1] >= 1, "X must be (n, d)"
    assert np.all(np.isfinite(X)), "X must be finite"
    assert isinstance(y, np.ndarray) and y.shape == (X.shape[0],) and np.all((y == 1) | (y == -1)), "y must be n labels in {-1, +1}"
    assert type(epochs) is int and epochs >= 0, f"epochs = {epochs!r} must be a non-negative int"
    # The updates add y_i x_i in a fixed order, so w has the same bits in every correct solution;
    # only the score w . x_i + b is summed in different orders.
    w, b = np.zeros(X.shape[1]), 0.0
    for epoch in range(epochs):
        for i in range(X.shape[0]):
            s = float(w @ X[i] + b)
            size = float(np.abs(w) @ np.abs(X[i]) + abs(b))
            if abs(s) <= MARGIN * max(size, 1.0):
                if np.any(w != 0):
                    exact = sum(Fraction(float(u)) * Fraction(float(v)) for u, v in zip(w, X[i])) + Fraction(b)
                    assert exact == 0 and _grid(w) and _grid(X[i]), (
                        f"epoch {epoch}, sample {i}: the score {s!r} is within rounding of 0 (not an exact 0 on a binary grid)")
            if y[i] * s <= 0:
                w = w + y[i] * X[i]
                b += float(y[i])
