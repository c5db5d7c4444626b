from fractions import Fraction

import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([1, -1]), np.array([1.0, 0.0]), 0.0, 0.1, 0.5, name="one active sample"),
        case(np.array([[2.0], [-1.0], [0.5]]), np.array([1, -1, 1]), np.array([0.0]), 0.0, 0.01, 0.1, name="from zero weights"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[3.0, 4.0]]), np.array([1]), np.array([1.0, 1.0]), 1.0, 0.5, 0.1, name="a single inactive sample"),
        case(np.array([[1.0], [2.0], [-1.0]]), np.array([1, 1, -1]), np.array([1.0]), 0.0, 0.0, 1.0, name="margins exactly 1 and 2"),
        case(np.array([[1.0, 1.0], [-1.0, -1.0]]), np.array([-1, 1]), np.array([0.5, 0.5]), 0.2, 1.0, 0.05, name="both on the wrong side"),
        case(np.array([[0.5], [1.0], [-0.5]]), np.array([1, 1, -1]), np.array([2.0]), 0.0, 0.3, 0.2, name="margins exactly 1 with regularisation"),
    ]
    for n, d in ((20, 3), (100, 5)):
        X = rng.normal(size=(n, d))
        y = np.where(X[:, 0] + 0.5 * rng.normal(size=n) > 0, 1, -1)
        cases.append(case(X, y, rng.normal(size=d), float(rng.normal()), 0.05, 0.1, name=f"random {n}x{d}"))
    return cases



MARGIN = 1e-9  # a margin is exactly 1 (exact in binary) or at least this far from it


def check_case(args, kwargs):
    """The prompt's promise: X (n, d), labels in {-1, +1}, w (d,), float b, lam >= 0, lr > 0, and margins clear of 1 unless exact."""
    X, y, w, b, lam, lr = args
    assert X.ndim == 2 and X.shape[0] >= 1 and w.shape == (X.shape[1],), f"X {X.shape} and w {w.shape} do not fit"
    assert y.shape == (X.shape[0],) and set(np.unique(y).tolist()) <= {-1, 1}, "y must hold -1/+1 labels, one per row"
    assert isinstance(b, float) and lam >= 0 and lr > 0, f"b={b!r}, lam={lam!r}, lr={lr!r} out of range"
    for i in range(X.shape[0]):
        exact = int(y[i]) * (sum(Fraction(float(a)) * Fraction(float(c)) for a, c in zip(X[i], w)) + Fraction(b))
        if exact == 1:
            forms = (float(y[i] * (X[i] @ w + b)), float(y[i] * (np.dot(w, X[i]) + b)), float(y[i] * (X @ w + b)[i]))
            assert all(f == 1.0 for f in forms), f"sample {i}: margin exactly 1, but float forms give {forms}"
        else:
            assert abs(exact - 1) > MARGIN, f"sample {i}: margin {float(exact)!r} is within {MARGIN:g} of 1"
