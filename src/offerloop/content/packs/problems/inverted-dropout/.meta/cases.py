import numpy as np

from offerloop.judge.cases import case


def visible():
    x = np.array([1.0, 2.0, 3.0, 4.0])
    keep = np.array([True, False, True, True])
    return [
        case(x, keep, 0.25, name="training"),
        case(x, keep, 0.25, training=False, name="inference"),
    ]


def hidden(rng):
    cases = [
        case(np.array([5.0]), np.array([True]), 0.5, name="a single kept unit"),
        case(np.array([5.0, 6.0]), np.array([False, False]), 0.5, name="everything dropped"),
        case(np.array([1.0, -2.0]), np.array([True, True]), 0.0, name="p = 0"),
        case(np.full((2, 3), 1e12), rng.random((2, 3)) < 0.5, 0.9, name="large values, p = 0.9"),
    ]
    for p in (0.1, 0.5, 0.3):
        x = rng.normal(size=(4, 6))
        cases.append(case(x, rng.random(x.shape) >= p, p, name=f"random, p = {p}"))
    x = rng.normal(size=(3, 5))
    cases.append(case(x, rng.random(x.shape) >= 0.4, 0.4, training=False, name="inference, random"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: a float array, a bool keep_mask of its shape, 0 <= p < 1, training a bool."""
    x, keep, p = args
    training = kwargs.get("training", True)
    assert isinstance(x, np.ndarray) and x.dtype.kind == "f", "x must be a float array"
    assert isinstance(keep, np.ndarray) and keep.dtype == bool and keep.shape == x.shape, "keep_mask must be a bool array shaped like x"
    assert isinstance(p, float) and 0 <= p < 1, f"p = {p!r} is outside [0, 1)"
    assert isinstance(training, bool), "training must be a bool"
