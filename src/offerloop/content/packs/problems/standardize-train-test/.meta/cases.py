import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0, 10.0], [3.0, 10.0]]), np.array([[5.0, 12.0]]), name="a constant training column"),
        case(np.array([[0.0], [2.0], [4.0], [6.0]]), np.array([[3.0], [10.0]]), name="one feature"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[4.0, -2.0, 7.0]]), np.array([[5.0, -2.0, 0.0], [1.0, 1.0, 1.0]]), name="a single training sample"),
        case(np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([[100.0, -100.0], [2.0, 3.0], [0.0, 0.0]]), name="a test set on another scale"),
        case(np.array([[2.0, 5.0], [2.0, 5.0], [2.0, 5.0]]), np.array([[3.0, 4.0]]), name="every column constant"),
    ]
    X = rng.normal(size=(5, 3)) * 1e-3 + 1e8
    cases.append(case(X, rng.normal(size=(4, 3)) * 1e-3 + 1e8, name="large values, small spread"))
    for n_tr, n_te, d in ((10, 4, 3), (50, 50, 5), (200, 30, 8)):
        Xtr = rng.normal(size=(n_tr, d)) * rng.uniform(0.5, 20, size=d) + rng.uniform(-50, 50, size=d)
        Xte = rng.normal(size=(n_te, d)) * 30 + 10  # a shifted distribution: its own stats would differ
        cases.append(case(Xtr, Xte, name=f"random {n_tr}/{n_te}x{d}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: float (n_train, d) and (n_test, d); a constant training column has an exact mean, any other a clear spread."""
    Xtr, Xte = args
    assert Xtr.ndim == 2 and Xte.ndim == 2 and Xtr.shape[0] >= 1 and Xtr.shape[1] == Xte.shape[1], f"shapes {Xtr.shape} and {Xte.shape}"
    assert Xtr.dtype.kind == "f" and Xte.dtype.kind == "f", "both sets must be floats"
    n = Xtr.shape[0]
    for j in range(Xtr.shape[1]):
        col = Xtr[:, j]
        if np.all(col == col[0]):
            # Otherwise a mean that rounds off the value leaves a std of 1e-17, not 0, and the rule would not apply.
            assert np.mean(col) == col[0] and sum(col.tolist()) / n == col[0], f"column {j} is constant but its mean is not exact"
        else:
            spread = float(np.std(col))
            assert spread > 1e-12 * max(1.0, float(np.abs(col).max())), f"column {j} varies only by rounding (std {spread:.3g})"
