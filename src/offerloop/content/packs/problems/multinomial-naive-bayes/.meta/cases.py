import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[2, 0], [0, 3]]), np.array([0, 1]), np.array([[1, 0]]), name="two documents"),
        case(np.array([[3, 1, 0], [2, 0, 0], [0, 1, 4], [1, 0, 3]]), np.array([0, 0, 1, 1]), np.array([[1, 1, 1], [0, 0, 2]]),
             alpha=0.5, name="alpha = 0.5"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[1, 0, 0], [0, 1, 0]]), np.array([5, 2]), np.array([[0, 0, 3], [0, 0, 0]]), name="an unseen word and an empty document"),
        case(np.array([[4, 0], [3, 1], [0, 2]]), np.array([0, 0, 1]), np.array([[1, 1]]), name="unequal priors"),
        case(np.array([[5, 1], [1, 5]]), np.array([0, 1]), np.array([[4000, 3000]]), name="a very long document"),
        case(np.array([[1, 2, 3]]), np.array([7]), np.array([[3, 2, 1]]), name="a single class"),
    ]
    for n, V, c, m in ((20, 10, 2, 4), (60, 50, 4, 6)):
        y = rng.integers(0, c, size=n)
        y[:c] = np.arange(c)
        rates = rng.dirichlet(np.ones(V), size=c)
        X = np.stack([rng.multinomial(int(rng.integers(5, 40)), rates[k]) for k in y])
        Xt = np.stack([rng.multinomial(int(rng.integers(0, 60)), rates[int(rng.integers(0, c))]) for _ in range(m)])
        cases.append(case(X, y, Xt, alpha=float(rng.choice([1.0, 0.1])), name=f"random n={n}, V={V}, classes={c}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: non-negative integer counts X_train (n, V) and X_test (m, V), n labels, alpha > 0."""
    Xtr, ytr, Xte = args
    alpha = kwargs.get("alpha", 1.0)
    for name, X in (("X_train", Xtr), ("X_test", Xte)):
        assert isinstance(X, np.ndarray) and X.ndim == 2 and X.dtype.kind in "iu", f"{name} must be a 2-D integer count array"
        assert np.all(X >= 0), f"{name} must hold non-negative counts"
    assert Xtr.shape[0] >= 1 and Xtr.shape[1] >= 1 and Xte.shape[1] == Xtr.shape[1], f"X_train {Xtr.shape} and X_test {Xte.shape} must share V"
    assert isinstance(ytr, np.ndarray) and ytr.shape == (Xtr.shape[0],) and ytr.dtype.kind in "iu", "y_train must be n integer labels"
    assert isinstance(alpha, float) and alpha > 0, f"alpha = {alpha!r} must be positive"
