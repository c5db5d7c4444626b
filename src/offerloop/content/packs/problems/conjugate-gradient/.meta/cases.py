import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[4.0, 1.0], [1.0, 3.0]]), np.array([1.0, 2.0]), 1, name="one iteration"),
        case(np.array([[4.0, 1.0], [1.0, 3.0]]), np.array([1.0, 2.0]), 2, name="two iterations solve it"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[5.0]]), np.array([10.0]), 3, name="1x1: solved in one step, then stops"),
        case(np.array([[2.0, 0.0], [0.0, 2.0]]), np.array([0.0, 0.0]), 4, name="b = 0"),
        case(np.array([[1.0, 0.0, 0.0], [0.0, 10.0, 0.0], [0.0, 0.0, 100.0]]), np.array([1.0, 1.0, 1.0]), 2, name="stopped early"),
        case(np.array([[2.0, 1.0], [1.0, 2.0]]), np.array([1.0, 1.0]), 0, name="zero iterations"),
    ]
    for d, k in ((4, 2), (8, 3), (8, 20)):
        M = rng.normal(size=(d, d))
        cases.append(case(M @ M.T + np.eye(d), rng.normal(size=d), k, name=f"random {d}-D, {k} iterations"))
    return cases


def _cg(A, b, k, stop):
    x, r = np.zeros(len(b)), b.copy()
    p = r.copy()
    for _ in range(k):
        if np.linalg.norm(r) <= stop * np.linalg.norm(b):
            break
        Ap = A @ p
        alpha = (r @ r) / (p @ Ap)
        x = x + alpha * p
        r_new = r - alpha * Ap
        p = r_new + (r_new @ r_new) / (r @ r) * p
        r = r_new
    return x


def check_case(args, kwargs):
    """The prompt's promise: A symmetric positive definite (d, d), b (d,), num_iters >= 0; the answer does not hang on the stopping test."""
    A, b, k = args
    A, b = np.asarray(A, dtype=float), np.asarray(b, dtype=float)
    d = len(b)
    assert A.shape == (d, d) and b.shape == (d,), "A must be (d, d) and b (d,)"
    assert np.allclose(A, A.T) and np.linalg.eigvalsh(A).min() > 0, "A must be symmetric positive definite"
    assert type(k) is int and k >= 0, f"num_iters = {k!r}"
    # ||r|| <= 1e-12 ||b|| is a decision boundary that rounding can move by an iteration or two: stopping
    # with a threshold 100 times looser or tighter must give the same x well inside the tolerance.
    x = _cg(A, b, k, 1e-12)
    for stop in (1e-10, 1e-14):
        assert np.allclose(_cg(A, b, k, stop), x, rtol=1e-8, atol=1e-11), f"the answer depends on the stopping test (threshold {stop:g})"
