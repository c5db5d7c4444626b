import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0, 0.0]]), np.array([[2.0, 0.0]]), np.array([0]), T=1.0, alpha=0.5, name="T = 1"),
        case(np.array([[0.5, 1.0, -1.0]]), np.array([[2.0, 1.0, 0.0]]), np.array([0]), name="defaults T = 2, alpha = 0.5"),
    ]


def hidden(rng):
    s, t = rng.normal(size=(6, 5)) * 2, rng.normal(size=(6, 5)) * 2
    y = rng.integers(0, 5, size=6)
    return [
        case(np.zeros((1, 3)), np.zeros((1, 3)), np.array([2]), name="identical uniform outputs"),
        case(s, t, y, T=4.0, alpha=1.0, name="soft loss only, T = 4"),
        case(s, t, y, T=3.0, alpha=0.0, name="hard loss only"),
        case(s, t, y, T=2.0, alpha=0.7, name="mixed, T = 2"),
        case(s * 200, t * 200, y, T=2.0, alpha=0.5, name="large logits"),
        case(rng.normal(size=(1, 4)), rng.normal(size=(1, 4)), np.array([1]), T=5.0, alpha=0.9, name="a single sample"),
        case(rng.normal(size=(10, 8)), rng.normal(size=(10, 8)) * 3, rng.integers(0, 8, size=10), T=1.5, alpha=0.3, name="random 10x8"),
    ]


def check_case(args, kwargs):
    """The prompt's promise: student and teacher logits (n, C), integer labels (n,) in 0..C-1, T > 0, 0 <= alpha <= 1."""
    s, t, y = args[:3]
    hp = dict(zip(("T", "alpha"), args[3:]), **kwargs)
    assert s.ndim == 2 and s.shape[0] >= 1 and t.shape == s.shape, "student and teacher logits must be (n, C) arrays"
    assert np.all(np.isfinite(s)) and np.all(np.isfinite(t)), "logits must be finite"
    assert y.shape == (s.shape[0],) and y.dtype.kind in "iu" and np.all((y >= 0) & (y < s.shape[1])), "labels: ints (n,) in 0..C-1"
    assert hp.get("T", 2.0) > 0 and 0 <= hp.get("alpha", 0.5) <= 1, "T > 0 and alpha in [0, 1]"
