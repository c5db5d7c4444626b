import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([1.0, 0.0]), np.array([1.0, 0.0]), np.array([[0.0, 1.0]]), name="one negative"),
    ]


def hidden(rng):
    d = 5
    return [
        case(np.zeros(3), rng.normal(size=3), rng.normal(size=(2, 3)), name="a zero centre vector"),
        case(rng.normal(size=d), rng.normal(size=d), rng.normal(size=(1, d)), name="a single negative"),
        case(rng.normal(size=d), rng.normal(size=d), rng.normal(size=(5, d)), name="five negatives"),
        case(np.full(d, 10.0), np.full(d, 10.0), -np.full((3, d), 10.0), name="confident and right (large dots)"),
        case(np.full(d, 20.0), -np.full(d, 20.0), np.full((3, d), 20.0), name="confident and wrong (dots of 2000)"),
        case(rng.normal(size=8) * 0.1, rng.normal(size=8) * 0.1, rng.normal(size=(10, 8)) * 0.1, name="small random vectors"),
    ]


def check_case(args, kwargs):
    """The prompt's promise: v_center (d,), u_context (d,), U_neg (K, d) with K >= 1."""
    v, u, N = args
    assert v.ndim == 1 and u.shape == v.shape, f"v_center {v.shape} and u_context {u.shape} differ"
    assert N.ndim == 2 and N.shape[0] >= 1 and N.shape[1] == v.shape[0], f"U_neg has shape {N.shape}, d = {v.shape[0]}"
    assert np.all(np.isfinite(v)) and np.all(np.isfinite(u)) and np.all(np.isfinite(N)), "a vector is not finite"
