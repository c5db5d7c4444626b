import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([np.array([3.0]), np.array([[4.0]])], 1.0, name="norm 5 clipped to 1"),
        case([np.array([0.1, 0.2])], 1.0, name="already small: unchanged"),
    ]


def hidden(rng):
    big = [rng.normal(size=(4, 3)) * 10, rng.normal(size=3) * 10, rng.normal(size=(2, 2, 2)) * 10]
    return [
        case([np.zeros((2, 2)), np.zeros(3)], 1.0, name="all-zero gradients"),
        case([np.array([2.0])], 2.0, name="exactly at the threshold"),
        case([np.array([0.3, 0.4]), np.array([0.0])], 5.0, name="below the threshold (no scaling up)"),
        case([np.array([3e200, 4e200])], 1.0, name="huge entries (squares overflow)"),
        case(big, 1.0, name="random, clipped"),
        case([rng.normal(size=5) * 0.01, rng.normal(size=(3, 3)) * 0.01], 1.0, name="random, not clipped"),
        case([np.array([10.0, 0.0]), np.array([0.0, 0.1])], 1.0, name="one large tensor, one small"),
    ]


def check_case(args, kwargs):
    """The prompt's promise: a non-empty list of finite float arrays (entries up to about 1e200), max_norm > 0."""
    grads, max_norm = args
    assert isinstance(grads, list) and grads, "grads must be a non-empty list"
    for g in grads:
        assert isinstance(g, np.ndarray) and g.dtype.kind == "f" and np.all(np.isfinite(g)), "every gradient is a finite float array"
        assert np.all(np.abs(g) <= 1e201), "entries stay near 1e200 at most (the norm must stay finite)"
    # Clipping is continuous in the norm, so a norm within rounding of max_norm gives the same answer either way.
    assert max_norm > 0, f"max_norm = {max_norm!r} must be positive"
