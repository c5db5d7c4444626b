import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[2.0, 0.0], [0.0, 1.0]]), np.array([1.0, 1.0]), 2, name="two steps on a diagonal matrix"),
        case(np.array([[2.0, 1.0], [1.0, 2.0]]), np.array([1.0, 0.0]), 50, name="converged: eigenvalue 3"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[4.0, 1.0], [2.0, 3.0]]), np.array([3.0, 4.0]), 0, name="zero iterations"),
        case(np.array([[5.0]]), np.array([-2.0]), 3, name="a 1x1 matrix"),
        case(np.array([[-3.0, 0.0], [0.0, 1.0]]), np.array([1.0, 1.0]), 60, name="a negative dominant eigenvalue"),
        case(np.array([[1e3, 2e2], [2e2, 5e2]]), np.array([1.0, -1.0]), 300, name="large entries, many steps"),
        case(np.array([[1.0, 2.0, 0.0], [2.0, 1.0, 0.0], [0.0, 0.0, 0.5]]), np.array([1.0, 0.0, 1.0]), 1, name="a single step"),
    ]
    for d, k in ((3, 4), (5, 40), (8, 7)):
        M = rng.normal(size=(d, d))
        cases.append(case(M @ M.T, rng.normal(size=d), k, name=f"random symmetric {d}x{d}, {k} steps"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: A square (d, d), v0 non-zero (d,), num_iters >= 0; A v never vanishes on the way."""
    A, v0, iters = args
    assert isinstance(A, np.ndarray) and A.ndim == 2 and A.shape[0] == A.shape[1] >= 1 and A.dtype.kind == "f", "A must be a square float array"
    d = A.shape[0]
    assert isinstance(v0, np.ndarray) and v0.shape == (d,), f"v0 is {v0.shape}, expected ({d},)"
    assert np.all(np.isfinite(A)) and np.all(np.isfinite(v0)), "inputs must be finite"
    assert type(iters) is int and iters >= 0, f"num_iters = {iters!r} must be a non-negative int"
    assert np.linalg.norm(v0) > 0, "v0 must be non-zero"
    v = v0 / np.linalg.norm(v0)
    scale = max(float(np.abs(A).max()), 1e-300)
    for step in range(iters):
        w = A @ v
        norm = np.linalg.norm(w)
        # Normalising a vector that is zero up to rounding would amplify the rounding itself.
        assert norm > 1e-8 * scale, f"step {step}: A v is (nearly) zero, so v is undefined"
        v = w / norm
