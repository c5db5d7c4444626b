import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[2.0, 0.0]]), np.array([0]), epsilon=0.2, name="two classes"),
        case(np.array([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]]), np.array([2, 1]), name="default epsilon"),
    ]


def hidden(rng):
    return [
        case(np.array([[5.0, 1.0, -2.0]]), np.array([0]), epsilon=0.0, name="epsilon 0 is plain cross-entropy"),
        case(np.array([[0.0, 0.0, 0.0, 0.0]]), np.array([3]), epsilon=0.5, name="uniform logits"),
        case(np.array([[1000.0, -1000.0, 0.0]]), np.array([1]), epsilon=0.1, name="huge logits"),
        case(rng.normal(size=(6, 5)) * 3, rng.integers(0, 5, size=6), epsilon=0.1, name="random 6x5"),
        case(rng.normal(size=(4, 10)), rng.integers(0, 10, size=4), epsilon=0.3, name="ten classes"),
        case(rng.normal(size=(3, 2)) * 5, rng.integers(0, 2, size=3), epsilon=1.0, name="epsilon 1: fully uniform target"),
    ]


def check_case(args, kwargs):
    """The prompt's promise: logits (n, C) with n >= 1, labels n ints in 0..C-1, 0 <= epsilon <= 1."""
    logits, labels = args
    eps = kwargs.get("epsilon", 0.1)
    assert isinstance(logits, np.ndarray) and logits.ndim == 2 and logits.shape[0] >= 1 and logits.shape[1] >= 1, "logits must be (n, C)"
    assert np.all(np.isfinite(logits)), "logits must be finite"
    n, C = logits.shape
    assert isinstance(labels, np.ndarray) and labels.shape == (n,) and labels.dtype.kind in "iu", f"labels must be {n} ints"
    assert np.all((labels >= 0) & (labels < C)), f"labels must lie in 0..{C - 1}"
    assert isinstance(eps, float) and 0 <= eps <= 1, f"epsilon = {eps!r} is outside [0, 1]"
