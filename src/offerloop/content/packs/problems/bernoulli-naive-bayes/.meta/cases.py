import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1, 0], [1, 1], [0, 0]]), np.array([0, 0, 1]), np.array([[1, 0]]), name="three documents"),
        case(np.array([[1, 1, 0], [0, 1, 0], [0, 0, 1], [1, 0, 1]]), np.array([2, 2, 5, 5]), np.array([[0, 0, 0], [1, 1, 1]]),
             alpha=0.5, name="alpha = 0.5"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[1, 1], [1, 1]]), np.array([0, 1]), np.array([[0, 0]]), name="features always on"),
        case(np.array([[0, 1]]), np.array([3]), np.array([[1, 1]]), name="a single training row"),
        case(np.array([[1, 0, 0], [0, 1, 0], [0, 1, 0]]), np.array([0, 1, 1]), np.array([[0, 0, 1]]), alpha=0.01, name="a tiny alpha"),
    ]
    X = (rng.random((80, 200)) < 0.1).astype(int)
    y = rng.integers(0, 3, size=80)
    cases.append(case(X, y, (rng.random((4, 200)) < 0.1).astype(int), name="200 features"))
    for n, d, c in ((20, 5, 2), (60, 12, 4)):
        y = rng.integers(0, c, size=n)
        y[:c] = np.arange(c)
        rates = rng.random((c, d))
        X = (rng.random((n, d)) < rates[y]).astype(int)
        cases.append(case(X, y, (rng.random((5, d)) < 0.5).astype(int), alpha=float(rng.choice([1.0, 0.3])), name=f"random n={n}, d={d}, classes={c}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: 0/1 features, X_train (n, d) with n labels, X_test (m, d), alpha > 0."""
    Xtr, ytr, Xte = (np.asarray(a) for a in args[:3])
    alpha = args[3] if len(args) > 3 else kwargs.get("alpha", 1.0)
    assert Xtr.ndim == 2 and Xtr.shape[0] >= 1 and ytr.shape == (Xtr.shape[0],), "X_train must be (n, d) with n labels"
    assert Xte.ndim == 2 and Xte.shape[1] == Xtr.shape[1], "X_test must have X_train's d columns"
    assert np.all(np.isin(Xtr, (0, 1))) and np.all(np.isin(Xte, (0, 1))), "features are 0/1"
    # alpha > 0 keeps every p_cj strictly inside (0, 1), so every log is finite.
    assert alpha > 0, f"alpha = {alpha!r} must be positive"
