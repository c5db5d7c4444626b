import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0, 2.0, 3.0]]), np.ones(3), np.zeros(3), name="one row"),
        case(np.array([[0.0, 4.0], [1.0, 1.0]]), np.array([2.0, 1.0]), np.array([0.0, 1.0]), name="gamma and beta"),
    ]


def hidden(rng):
    g, b = rng.normal(size=6), rng.normal(size=6)
    return [
        case(np.array([[3.0]]), np.array([2.0]), np.array([0.5]), name="a single feature (output is beta)"),
        case(np.full((2, 4), 7.0), np.ones(4), np.arange(4.0), name="constant rows"),
        case(1e8 + rng.normal(size=(3, 6)), g, b, name="large offset (cancellation)"),
        case(rng.normal(size=(4, 6)), g, b, name="random 4x6"),
        case(rng.normal(size=(2, 3, 6)) * 5, g, b, name="batch x time x features"),
        case(rng.normal(size=(5, 6)), g, b, eps=1e-2, name="a larger eps"),
        case(rng.normal(size=(1, 6)) * 1e-3, np.ones(6), np.zeros(6), name="tiny spread, eps matters"),
    ]


def check_case(args, kwargs):
    """The prompt's promise: x is (..., d) with d >= 1, gamma and beta (d,), eps > 0."""
    x, gamma, beta = args
    eps = kwargs.get("eps", 1e-5)
    assert isinstance(x, np.ndarray) and x.ndim >= 1 and x.shape[-1] >= 1 and x.dtype.kind == "f", "x must be a float (..., d) array"
    d = x.shape[-1]
    assert isinstance(gamma, np.ndarray) and gamma.shape == (d,), f"gamma is {gamma.shape}, expected ({d},)"
    assert isinstance(beta, np.ndarray) and beta.shape == (d,), f"beta is {beta.shape}, expected ({d},)"
    assert all(np.all(np.isfinite(a)) for a in (x, gamma, beta)), "inputs must be finite"
    assert isinstance(eps, float) and eps > 0, f"eps = {eps!r} must be positive"
