import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0, 10.0], [3.0, 10.0]]), np.ones(2), np.zeros(2), name="two samples"),
        case(np.array([[0.0], [1.0], [2.0]]), np.array([2.0]), np.array([1.0]), name="one feature, gamma and beta"),
    ]


def hidden(rng):
    d = 5
    g, b = rng.normal(size=d), rng.normal(size=d)
    return [
        case(np.array([[4.0, -1.0]]), np.ones(2), np.array([0.5, 0.25]), name="a single sample (output is beta)"),
        case(np.full((4, d), 3.0), g, b, name="constant columns"),
        case(1e8 + rng.normal(size=(6, d)), g, b, name="large offset"),
        case(rng.normal(size=(8, d)), g, b, name="random 8x5"),
        case(rng.normal(size=(3, d)) * 4, g, b, name="random 3x5"),
        case(rng.normal(size=(32, d)), g, b, eps=1e-3, name="a larger eps"),
        case(rng.normal(size=(5, 5)), g, b, name="square batch (axis mix-ups)"),
    ]


def check_case(args, kwargs):
    """The prompt's promise: x is a float (n, d) array with n >= 1, gamma and beta are (d,), eps > 0."""
    x, gamma, beta = args[:3]
    eps = args[3] if len(args) > 3 else kwargs.get("eps", 1e-5)
    assert isinstance(x, np.ndarray) and x.ndim == 2 and x.shape[0] >= 1, "x must be an (n, d) array"
    assert np.shape(gamma) == (x.shape[1],) and np.shape(beta) == (x.shape[1],), "gamma and beta must be (d,)"
    assert eps > 0, f"eps = {eps!r} must be positive"
