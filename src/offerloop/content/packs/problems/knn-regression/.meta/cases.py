from fractions import Fraction

import numpy as np

from offerloop.judge.cases import case

MARGIN = 1e-9  # relative gap between the k-th and (k+1)-th nearest squared distances, unless an exact tie


def visible():
    return [
        case(np.array([[0.0], [1.0], [3.0], [7.0]]), np.array([0.0, 2.0, 6.0, 14.0]), np.array([[2.0]]), 2, name="a distance tie"),
        case(np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0]]), np.array([1.0, 2.0, 3.0]), np.array([[0.0, 0.0], [1.0, 1.0]]), 1, name="k = 1"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[4.0]]), np.array([2.5]), np.array([[0.0], [100.0]]), 1, name="a single training sample"),
        case(np.array([[0.0], [1.0], [2.0]]), np.array([1.0, 5.0, 100.0]), np.array([[0.0]]), 3, name="k = n gives the mean"),
        case(np.array([[-1.0], [1.0], [-1.0], [1.0]]), np.array([10.0, 20.0, 30.0, 40.0]), np.array([[0.0]]), 3, name="four equidistant points"),
        case(np.array([[0.0], [1.0], [2.0], [3.0]]), np.array([1.0, 2.0, 3.0, 1000.0]), np.array([[2.6]]), 3, name="an outlying target"),
    ]
    for n, m, d, k in ((15, 4, 2, 3), (50, 10, 3, 5), (30, 6, 1, 2)):
        X = rng.integers(0, 5, size=(n, d)).astype(float)
        cases.append(case(X, rng.normal(size=n) * 10, rng.uniform(0, 4, size=(m, d)), k, name=f"random n={n}, k={k}"))
    return cases


def _grid(*arrays):
    # Multiples of 1/1024 below 1024 in size: differences, squares and sums stay exact in every formula.
    return all(np.all(a * 1024 == np.round(a * 1024)) and np.all(np.abs(a) < 1024) for a in arrays)


def _cut_is_clear(Xtr, Xte, k):
    """Which training points are the k nearest must not depend on rounding: the k-th and (k+1)-th
    nearest are clearly apart, or tie exactly as duplicates or on a coarse binary grid (then the index decides)."""
    n = Xtr.shape[0]
    if k >= n:
        return
    for t, x in enumerate(Xte):
        d2 = ((Xtr - x) ** 2).sum(axis=1)
        order = np.lexsort((np.arange(n), d2))
        a, b = order[k - 1], order[k]
        if d2[b] - d2[a] > MARGIN * max(d2[b], 1e-300):
            continue
        if np.array_equal(Xtr[a], Xtr[b]):
            continue  # duplicated training points: the same bits in every formula, the index decides
        exact = [sum((Fraction(float(u)) - Fraction(float(v))) ** 2 for u, v in zip(Xtr[i], x)) for i in (a, b)]
        assert exact[0] == exact[1], f"test point {t}: training points {a} and {b} are nearly (not exactly) equally far at the k cut"
        assert _grid(Xtr[[a, b]], x), f"test point {t}: an exact distance tie at the k cut needs coarse binary coordinates"


def check_case(args, kwargs):
    """The prompt's promise: shapes, 1 <= k <= n; the k nearest are clear of rounding."""
    Xtr, ytr, Xte, k = args
    assert isinstance(Xtr, np.ndarray) and Xtr.ndim == 2 and Xtr.shape[0] >= 1, "X_train must be (n, d) with n >= 1"
    assert isinstance(Xte, np.ndarray) and Xte.ndim == 2 and Xte.shape[1] == Xtr.shape[1], "X_test must be (m, d) like X_train"
    assert np.all(np.isfinite(Xtr)) and np.all(np.isfinite(Xte)), "coordinates must be finite"
    assert isinstance(ytr, np.ndarray) and ytr.shape == (Xtr.shape[0],) and ytr.dtype.kind == "f" and np.all(np.isfinite(ytr)), "y_train must be n finite floats"
    assert type(k) is int and 1 <= k <= Xtr.shape[0], f"k = {k!r} with n = {Xtr.shape[0]}: the prompt promises 1 <= k <= n"
    _cut_is_clear(Xtr, Xte, k)
