import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0]]), np.zeros((1, 1)), np.array([[0.5]]), np.array([[0.0, 0.0, 1.0, 0.0]]), np.zeros((1, 4)), np.zeros(4),
             name="one unit, only the candidate is driven"),
    ]


def _params(rng, d, H):
    return rng.normal(size=(d, 4 * H)) * 0.6, rng.normal(size=(H, 4 * H)) * 0.6, rng.normal(size=4 * H) * 0.3


def hidden(rng):
    cases = []
    W, U, b = _params(rng, 3, 2)
    cases.append(case(rng.normal(size=(1, 3)), rng.normal(size=(1, 2)), rng.normal(size=(1, 2)), W, U, b, name="a single sample"))
    cases.append(case(np.zeros((2, 3)), np.zeros((2, 2)), np.ones((2, 2)), W, U, b, name="zero input and state"))
    W, U, b = _params(rng, 4, 5)
    cases.append(case(rng.normal(size=(6, 4)), rng.normal(size=(6, 5)), rng.normal(size=(6, 5)), W, U, b, name="batch of six, H = 5"))
    cases.append(case(rng.normal(size=(3, 4)) * 100, rng.normal(size=(3, 5)), rng.normal(size=(3, 5)) * 10, W, U, b, name="saturating gates"))
    W, U, b = _params(rng, 2, 3)
    cases.append(case(rng.normal(size=(4, 2)), rng.normal(size=(4, 3)), rng.normal(size=(4, 3)), W, U, b + 1.0, name="positive biases"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: x (n, d), h and c (n, H), W (d, 4H), U (H, 4H), b (4H,)."""
    x, h, c, W, U, b = args
    assert all(isinstance(a, np.ndarray) for a in args), "every argument must be an array"
    assert x.ndim == 2 and x.shape[0] >= 1 and x.shape[1] >= 1, "x must be (n, d)"
    n, d = x.shape
    assert h.ndim == 2 and h.shape[0] == n and h.shape[1] >= 1, f"h is {h.shape}, expected ({n}, H)"
    H = h.shape[1]
    assert c.shape == (n, H), f"c is {c.shape}, expected {(n, H)}"
    assert W.shape == (d, 4 * H) and U.shape == (H, 4 * H) and b.shape == (4 * H,), f"W {W.shape}, U {U.shape}, b {b.shape} for d={d}, H={H}"
    assert all(np.all(np.isfinite(a)) for a in args), "inputs must be finite"
