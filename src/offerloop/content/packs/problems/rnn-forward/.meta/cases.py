import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[[1.0]], [[0.0]]]), np.zeros((1, 1)), np.array([[1.0]]), np.array([[2.0]]), np.zeros(1), name="two steps, scalar state"),
        case(np.array([[[1.0, 0.0]], [[0.0, 1.0]], [[1.0, 1.0]]]), np.zeros((1, 2)), np.eye(2), 0.5 * np.eye(2), np.zeros(2),
             name="three steps, two units"),
    ]


def _params(rng, d, H):
    return rng.normal(size=(d, H)) * 0.7, rng.normal(size=(H, H)) * 0.7, rng.normal(size=H) * 0.1


def hidden(rng):
    cases = []
    Wx, Wh, b = _params(rng, 3, 4)
    cases.append(case(rng.normal(size=(1, 2, 3)), rng.normal(size=(2, 4)), Wx, Wh, b, name="a single step"))
    cases.append(case(np.zeros((5, 1, 3)), rng.normal(size=(1, 4)), Wx, Wh, b, name="zero inputs: the state evolves alone"))
    cases.append(case(rng.normal(size=(6, 3, 3)), np.zeros((3, 4)), Wx, Wh, b, name="six steps, batch of three"))
    cases.append(case(rng.normal(size=(4, 2, 3)) * 100, np.zeros((2, 4)), Wx, Wh, b, name="saturating inputs"))
    Wx, Wh, b = _params(rng, 2, 5)
    cases.append(case(rng.normal(size=(10, 4, 2)), rng.normal(size=(4, 5)), Wx, Wh, b, name="ten steps"))
    cases.append(case(rng.normal(size=(3, 1, 2)), np.ones((1, 5)), Wx, Wh, b, name="non-zero initial state"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: xs (T, n, d_in), h0 (n, H), Wx (d_in, H), Wh (H, H), b (H,)."""
    xs, h0, Wx, Wh, b = args
    assert xs.ndim == 3 and xs.shape[0] >= 1, f"xs has shape {xs.shape}, not (T, n, d_in) with T >= 1"
    T, n, d = xs.shape
    H = h0.shape[1]
    assert h0.shape == (n, H), f"h0 has shape {h0.shape}, batch is {n}"
    assert Wx.shape == (d, H) and Wh.shape == (H, H) and b.shape == (H,), f"weights {Wx.shape}, {Wh.shape}, {b.shape} do not fit d_in={d}, H={H}"
