import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([1.0, 2.0, 3.0]), name="a single vector"),
        case(np.array([[1.0, 2.0, 3.0], [1000.0, 1000.0, 1000.0]]), name="a batch with large equal scores"),
    ]


def hidden(rng):
    cases = [
        case(np.array([5.0]), name="a single class"),
        case(np.array([1000.0, 1001.0, 999.0]), name="large scores overflow exp"),
        case(np.array([-1000.0, -1001.0, -1002.0]), name="very negative scores underflow exp"),
        case(np.array([[1000.0, 1001.0], [0.0, 1.0], [-1000.0, -999.0]]), name="rows on very different scales"),
        case(np.array([[2.0, 2.0, 2.0, 2.0]]), name="ties give a uniform row"),
        case(np.array([[3.0], [7.0]]), name="one class per row"),
        case(rng.normal(size=(3, 4, 5)) * 3, name="rank 3 (batch, heads, classes)"),
        case(rng.normal(size=(2, 2, 3, 6)) * 20 + 500, name="rank 4 with large offsets"),
    ]
    for n, c in ((6, 4), (20, 10), (1, 7)):
        cases.append(case(rng.normal(size=(n, c)) * 5, name=f"random {n}x{c}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: a finite float array of rank >= 1 with a non-empty last axis."""
    (z,) = args
    assert isinstance(z, np.ndarray) and z.dtype.kind == "f" and z.ndim >= 1 and z.shape[-1] >= 1, "z must be a float array of rank >= 1"
    assert np.all(np.isfinite(z)), "a score is not finite"
