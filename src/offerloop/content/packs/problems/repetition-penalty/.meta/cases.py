import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([2.0, -1.0, 0.5]), [0, 1, 0], 2.0, name="positive, negative and untouched"),
        case(np.array([1.0, 2.0]), [], 1.5, name="nothing generated yet"),
    ]


def hidden(rng):
    V = 20
    return [
        case(np.array([3.0]), [0, 0, 0, 0], 1.2, name="one token repeated many times"),
        case(np.array([0.0, -0.0, 4.0]), [0, 1], 3.0, name="zero logits"),
        case(np.array([-5.0, -2.0, -1.0]), [0, 2], 1.3, name="all negative"),
        case(np.array([1.0, -1.0]), [0, 1], 1.0, name="penalty 1 changes nothing"),
        case(rng.normal(size=V) * 3, [int(t) for t in rng.integers(0, V, size=15)], 1.2, name="random with repeats"),
        case(rng.normal(size=V) * 3, [int(t) for t in rng.integers(0, V, size=6)], 2.5, name="random strong penalty"),
    ]


def check_case(args, kwargs):
    """The prompt's promise: float logits (V,), generated ids in 0..V-1, penalty >= 1."""
    logits, generated, penalty = args
    assert isinstance(logits, np.ndarray) and logits.ndim == 1 and logits.dtype.kind == "f", "logits must be a float (V,) array"
    assert all(type(t) is int and 0 <= t < len(logits) for t in generated), "a generated id is outside 0..V-1"
    assert penalty >= 1, f"penalty = {penalty!r} is below 1"
    # A logit of exactly 0 sits on the positive/non-positive boundary, but 0 / p and 0 * p agree.
