import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0, 0.0, 1.0, 0.0]]), np.array([1]), name="one row at position 1"),
        case(np.array([[1.0, 2.0], [1.0, 2.0]]), np.array([0, 2]), name="position 0 is unchanged"),
    ]


def hidden(rng):
    return [
        case(np.array([[3.0, -1.0]]), np.array([0]), name="a single row at position 0"),
        case(rng.normal(size=(5, 8)), np.arange(5), name="positions 0..4"),
        case(rng.normal(size=(3, 8)), np.array([17, 18, 19]), name="continuing after a cache of 17"),
        case(rng.normal(size=(4, 16)), np.array([0, 100, 1000, 4096]), name="far positions"),
        case(rng.normal(size=(2, 6)), np.array([3, 9]), base=500000.0, name="a different base"),
        case(np.ones((3, 4)), np.array([1, 1, 1]), name="identical rows"),
    ]


def check_case(args, kwargs):
    """The prompt's promise: x is (T, d) with d even, positions an integer (T,) array, base > 0."""
    x, positions = args
    base = kwargs.get("base", 10000.0)
    assert isinstance(x, np.ndarray) and x.ndim == 2 and x.shape[1] % 2 == 0 and x.shape[1] >= 2, f"x has shape {np.shape(x)}: d must be even"
    assert isinstance(positions, np.ndarray) and positions.dtype.kind in "iu", "positions must be an integer array"
    assert positions.shape == (x.shape[0],), f"positions has shape {positions.shape}, x has {x.shape[0]} rows"
    assert positions.min() >= 0, "a position is negative"
    assert base > 0, f"base = {base!r} must be positive"
