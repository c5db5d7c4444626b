import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0]]), np.array([0.0]), np.array([1.0]), 0.1, 0.9, 2, name="two steps in 1-D"),
        case(np.array([[10.0, 0.0], [0.0, 1.0]]), np.array([1.0, 1.0]), np.array([0.0, 0.0]), 0.05, 0.8, 20, name="an elongated bowl"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[2.0]]), np.array([4.0]), np.array([0.0]), 0.1, 0.9, 1, name="a single step"),
        case(np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([1.0, 2.0]), np.array([5.0, 5.0]), 0.1, 0.0, 10, name="beta = 0 is gradient descent"),
        case(np.array([[2.0, 0.5], [0.5, 1.0]]), np.array([1.0, -1.0]), np.array([3.0, 3.0]), 0.2, 0.5, 0, name="zero steps"),
        case(np.array([[100.0, 0.0], [0.0, 1.0]]), np.array([0.0, 0.0]), np.array([1.0, 1.0]), 0.01, 0.9, 40, name="condition number 100"),
    ]
    for d, k in ((3, 10), (5, 30)):
        M = rng.normal(size=(d, d))
        A = M @ M.T / d + np.eye(d)
        lr = 0.5 / np.linalg.eigvalsh(A).max()
        cases.append(case(A, rng.normal(size=d), rng.normal(size=d), float(lr), 0.7, k, name=f"random {d}-D, {k} steps"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: A symmetric positive definite (d, d), b and x0 (d,), lr > 0, 0 <= beta < 1, num_steps >= 0."""
    A, b, x0, lr, beta, steps = args
    assert isinstance(A, np.ndarray) and A.ndim == 2 and A.shape[0] == A.shape[1] >= 1, "A must be (d, d)"
    d = A.shape[0]
    assert isinstance(b, np.ndarray) and b.shape == (d,) and isinstance(x0, np.ndarray) and x0.shape == (d,), f"b and x0 must be ({d},)"
    assert all(np.all(np.isfinite(a)) for a in (A, b, x0)), "inputs must be finite"
    assert np.array_equal(A, A.T), "A must be symmetric"
    assert np.linalg.eigvalsh(A)[0] > 0, "A must be positive definite"
    assert isinstance(lr, float) and lr > 0, f"lr = {lr!r} must be positive"
    assert isinstance(beta, float) and 0 <= beta < 1, f"beta = {beta!r} is outside [0, 1)"
    assert type(steps) is int and steps >= 0, f"num_steps = {steps!r} must be a non-negative int"
