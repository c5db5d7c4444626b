import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0, 1.0], [0.0, 1.0], [0.0, 0.0]]), np.array([2.0, 3.0, 4.0]), name="onto the x-y plane"),
        case(np.array([[1.0], [1.0]]), np.array([2.0, 0.0]), name="onto a line"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[2.0], [0.0]]), np.array([3.0, 5.0]), name="a non-unit direction"),
        case(np.array([[1.0, 2.0], [1.0, 2.0], [0.0, 0.0]]), np.array([1.0, 3.0, 2.0]), name="dependent columns"),
        case(np.array([[0.0], [0.0], [0.0]]), np.array([1.0, 2.0, 3.0]), name="the zero column"),
        case(np.array([[1.0, 0.0], [0.0, 0.0], [0.0, 1.0]]), np.array([0.0, 7.0, 0.0]), name="an orthogonal vector projects to zero"),
        case(np.array([[1.0, 1.0], [0.0, 1.0]]), np.array([-3.0, 5.0]), name="a full-rank square matrix"),
    ]
    for n, k in ((5, 2), (10, 3), (20, 6)):
        A = rng.normal(size=(n, k))
        cases.append(case(A, rng.normal(size=n) * 4, name=f"random {n}x{k}"))
    A = rng.normal(size=(8, 2))
    cases.append(case(np.hstack([A, A[:, :1] * 3.0]), rng.normal(size=8), name="a random repeated direction"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: A is (n, k) and v is (n,), both finite."""
    A, v = args
    assert isinstance(A, np.ndarray) and A.ndim == 2 and A.shape[1] >= 1, "A must be an (n, k) array"
    assert isinstance(v, np.ndarray) and v.shape == (A.shape[0],), f"v has shape {np.shape(v)}, A has {A.shape[0]} rows"
    assert np.all(np.isfinite(A)) and np.all(np.isfinite(v)), "A and v must be finite"
