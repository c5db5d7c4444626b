import numpy as np

from offerloop.judge.cases import case


def visible():
    z = np.array([2.0, 1.0, 0.0])
    return [case(z, 0.5, name="T = 0.5"), case(z, 0, name="T = 0 (greedy)")]


def hidden(rng):
    return [
        case(np.array([3.0]), 2.0, name="a single token"),
        case(np.array([1.0, 1.0, 1.0]), 0.7, name="constant logits"),
        case(np.array([1000.0, 999.0, -1000.0]), 0.01, name="large logits, tiny temperature"),
        case(np.array([1.0, 5.0, 5.0]), 0, name="greedy with a tie: first index"),
        case(rng.normal(size=10) * 3, 1.0, name="T = 1 is plain softmax"),
        case(rng.normal(size=(3, 8)) * 2, 2.5, name="a batch, T = 2.5"),
        case(rng.normal(size=(2, 6)) * 4, 0, name="a batch, greedy"),
        case(rng.normal(size=(2, 2, 5)), 0.3, name="two leading axes"),
    ]


def check_case(args, kwargs):
    """The prompt's promise: finite float logits of rank >= 1 and a temperature >= 0."""
    logits, t = args
    assert isinstance(logits, np.ndarray) and logits.dtype.kind == "f" and logits.ndim >= 1 and logits.shape[-1] >= 1, "logits must be a float array"
    assert np.all(np.isfinite(logits)), "a logit is not finite"
    assert t >= 0, f"temperature = {t!r} is negative"
