import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([0.0, 1.0, -1.0]), name="three values"),
        case(np.array([[0.5, -0.5], [2.0, -2.0]]), name="a matrix"),
    ]


def hidden(rng):
    return [
        case(np.array([-0.75]), name="a single value near the minimum"),
        case(np.array([50.0, -50.0, 1e3, -1e3]), name="large magnitudes"),
        case(np.full(4, 1.5), name="constant input"),
        case(np.linspace(-4, 4, 33), name="a grid over [-4, 4]"),
        case(rng.normal(size=(3, 7)), name="random 3x7"),
        case(rng.normal(size=50) * 3, name="random wide"),
    ]


def check_case(args, kwargs):
    """The prompt's promise: a finite float array of any shape."""
    (x,) = args
    assert isinstance(x, np.ndarray) and x.dtype.kind == "f" and np.all(np.isfinite(x)), "x must be a finite float array"
