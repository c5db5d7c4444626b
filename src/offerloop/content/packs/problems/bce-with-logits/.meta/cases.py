import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([0.0, 2.0]), np.array([1.0, 0.0]), name="two predictions"),
        case(np.array([[3.0, -1.0], [0.5, 0.0]]), np.array([[1.0, 0.0], [0.0, 1.0]]), name="a matrix"),
    ]


def hidden(rng):
    return [
        case(np.array([-1000.0]), np.array([1.0]), name="confidently wrong (loss 1000)"),
        case(np.array([1000.0, -1000.0]), np.array([1.0, 0.0]), name="confidently right"),
        case(np.array([40.0]), np.array([0.0]), name="wrong by 40"),
        case(np.array([50.0, -50.0]), np.array([1.0, 0.0]), name="right by 50 (tiny loss)"),
        case(np.zeros(4), np.array([0.0, 1.0, 0.5, 0.25]), name="zero logits, soft targets"),
        case(rng.normal(size=30) * 4, (rng.random(30) < 0.5).astype(float), name="random hard labels"),
        case(rng.normal(size=(3, 5)) * 10, rng.random((3, 5)), name="random soft labels"),
    ]


def check_case(args, kwargs):
    """The prompt's promise: finite float logits and targets in [0, 1] of the same shape."""
    x, t = args
    assert isinstance(x, np.ndarray) and isinstance(t, np.ndarray) and x.shape == t.shape and x.size >= 1, "logits and targets: arrays of one shape"
    assert np.all(np.isfinite(x)), "logits must be finite"
    assert np.all((t >= 0) & (t <= 1)), "targets must lie in [0, 1]"
