import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[2.0]]), np.array([0.0]), np.array([1.0]), 0.1, 1, name="one step"),
        case(np.array([[3.0, 0.0], [0.0, 0.5]]), np.array([1.0, 1.0]), np.array([0.0, 0.0]), 0.05, 30, name="thirty steps"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([1.0, 2.0]), np.array([0.5, 0.5]), 0.1, 0, name="zero steps"),
        case(np.array([[1.0]]), np.array([1.0]), np.array([1.0]), 0.1, 5, name="starting at the minimum"),
        case(np.array([[1e4, 0.0], [0.0, 1e-2]]), np.array([1.0, 1.0]), np.array([1.0, 1.0]), 0.01, 40, name="wildly different curvatures"),
        case(np.array([[2.0, 0.0], [0.0, 2.0]]), np.array([0.0, 0.0]), np.array([1e-7, -1e-7]), 0.01, 3, name="tiny gradients"),
    ]
    for d, k in ((3, 20), (6, 60)):
        M = rng.normal(size=(d, d))
        cases.append(case(M @ M.T + np.eye(d), rng.normal(size=d), rng.normal(size=d), 0.05, k, name=f"random {d}-D, {k} steps"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: A is a symmetric (d, d) matrix, b and x0 are (d,), lr > 0, num_steps an int >= 0."""
    A, b, x0, lr, num_steps = args
    A, b, x0 = (np.asarray(a, dtype=float) for a in (A, b, x0))
    d = len(x0)
    assert A.shape == (d, d) and b.shape == (d,) and x0.shape == (d,), "A must be (d, d), b and x0 (d,)"
    assert np.allclose(A, A.T), "A must be symmetric (the gradient A x - b assumes it)"
    assert lr > 0 and type(num_steps) is int and num_steps >= 0, f"lr {lr}, num_steps {num_steps!r}"
