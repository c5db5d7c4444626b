import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([0.0, 2.0, -2.0]), name="three values"),
        case(np.array([[1.0, -1.0], [5.0, -5.0]]), name="a matrix keeps its shape"),
    ]


def hidden(rng):
    return [
        case(np.array([0.0]), name="a single zero"),
        case(np.array([1000.0, -1000.0, 710.0, -710.0]), name="huge magnitudes"),
        case(np.array([20.0, -20.0, 30.0, -30.0]), name="saturating values"),
        case(np.full((2, 3), 3.0), name="constant input"),
        case(rng.normal(size=(4, 5)) * 5, name="random 4x5"),
        case(rng.normal(size=100) * 50, name="random wide range"),
        case(rng.normal(size=(2, 2, 3)), name="three dimensions"),
    ]


def check_case(args, kwargs):
    """The prompt's promise: a finite float array of any shape."""
    (x,) = args
    assert isinstance(x, np.ndarray) and x.dtype.kind == "f", "x must be a float array"
    assert np.all(np.isfinite(x)), "an input is not finite"
