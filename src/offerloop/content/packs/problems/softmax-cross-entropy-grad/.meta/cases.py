import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[2.0, 1.0, 0.1]]), np.array([0]), name="one sample"),
        case(np.array([[0.0, 0.0], [1.0, 3.0]]), np.array([1, 1]), name="two samples"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[0.0, -1000.0]]), np.array([1]), name="hopeless prediction (loss 1000)"),
        case(np.array([[1000.0, 0.0, -1000.0]]), np.array([0]), name="huge confident logits"),
        case(np.full((3, 4), 5.0), np.array([0, 1, 3]), name="constant logits (uniform)"),
        case(np.array([[3.0]]), np.array([0]), name="a single class"),
    ]
    for n, c in ((5, 3), (10, 6), (2, 10)):
        cases.append(case(rng.normal(size=(n, c)) * 3, rng.integers(0, c, size=n), name=f"random {n}x{c}"))
    cases.append(case(rng.normal(size=(4, 5)) * 300, rng.integers(0, 5, size=4), name="random large logits"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: float logits (n, C), integer labels (n,) in 0..C-1."""
    logits, labels = args
    assert isinstance(logits, np.ndarray) and logits.ndim == 2 and logits.dtype.kind == "f" and logits.shape[0] >= 1, "logits must be a float (n, C) array"
    assert isinstance(labels, np.ndarray) and labels.dtype.kind in "iu", "labels must be an integer array"
    assert labels.shape == (logits.shape[0],), f"labels has shape {labels.shape}, logits {logits.shape}"
    assert labels.min() >= 0 and labels.max() < logits.shape[1], "a label is outside 0..C-1"
    assert np.all(np.isfinite(logits)), "a logit is not finite"
