import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[3.0, 4.0]]), np.ones(2), eps=0.0, name="no eps"),
        case(np.array([[1.0, -1.0, 2.0], [0.5, 0.5, 0.5]]), np.array([1.0, 2.0, 0.5]), name="weights"),
    ]


def hidden(rng):
    return [
        case(np.array([[2.0]]), np.array([3.0]), name="a single feature"),
        case(np.zeros((2, 4)), np.ones(4), name="all zeros"),
        case(np.full((1, 5), 7.0), np.ones(5), name="a constant row (layer norm would give 0)"),
        case(rng.normal(size=(3, 8)) * 1e-4, np.ones(8), name="tiny activations: eps matters"),
        case(rng.normal(size=(2, 3, 16)) * 50, rng.normal(size=16), name="batch x time x features"),
        case(rng.normal(size=(4, 6)) + 3.0, rng.normal(size=6), eps=1e-5, name="non-zero mean"),
    ]


def check_case(args, kwargs):
    """The prompt's promise: x is (..., d), weight is (d,), and the root mean square plus eps is non-zero."""
    x, weight = args
    eps = kwargs.get("eps", 1e-6)
    assert isinstance(x, np.ndarray) and x.ndim >= 1, "x must be an array of shape (..., d)"
    assert isinstance(weight, np.ndarray) and weight.shape == (x.shape[-1],), f"weight has shape {np.shape(weight)}, x ends in {x.shape[-1]}"
    assert eps >= 0, f"eps = {eps!r} is negative"
    assert np.all(np.mean(x ** 2, axis=-1) + eps > 0), "a row of zeros with eps = 0 divides by zero"
