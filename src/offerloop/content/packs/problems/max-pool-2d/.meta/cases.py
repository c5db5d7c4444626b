import numpy as np

from offerloop.judge.cases import case


def visible():
    x = np.array([[1.0, 3.0, 2.0, 4.0], [5.0, 6.0, 1.0, 0.0], [7.0, 2.0, 9.0, 8.0], [0.0, 1.0, 3.0, 4.0]])
    return [
        case(x, 2, name="2x2 windows"),
        case(x, 3, stride=1, name="overlapping 3x3 windows"),
    ]


def hidden(rng):
    return [
        case(np.array([[4.0]]), 1, name="a single pixel"),
        case(np.full((4, 4), -2.0), 2, name="constant negative input"),
        case(-np.abs(rng.normal(size=(5, 5))), 2, name="odd size, negatives (partial windows dropped)"),
        case(rng.normal(size=(3, 6, 6)), 2, name="three channels"),
        case(rng.normal(size=(2, 3, 7, 7)), 3, stride=2, name="batch x channels, 3x3 stride 2"),
        case(rng.normal(size=(6, 8)), 2, stride=3, name="stride larger than the window"),
        case(rng.normal(size=(5, 7)) * 1e9, 2, stride=1, name="large values, stride 1"),
    ]


def check_case(args, kwargs):
    """The prompt's promise: x is (..., H, W) with a size x size window that fits, stride >= 1."""
    x, size = args
    stride = kwargs.get("stride")
    assert isinstance(x, np.ndarray) and x.ndim >= 2 and x.dtype.kind == "f", "x must be a float (..., H, W) array"
    assert np.all(np.isfinite(x)), "x must be finite"
    assert type(size) is int and 1 <= size <= min(x.shape[-2:]), f"size = {size!r} does not fit in {x.shape[-2:]}"
    assert stride is None or (type(stride) is int and stride >= 1), f"stride = {stride!r} must be None or a positive int"
