import numpy as np

from offerloop.judge.cases import case


def visible():
    I = np.eye(2)
    return [
        case(np.array([1.0, 0.0]), I, I, I, np.array([[0.0, 1.0]]), np.array([[5.0, 5.0]]), name="one cached token"),
    ]


def _w(rng, d, dk):
    return [rng.normal(size=(d, dk)) / np.sqrt(d) for _ in range(3)]


def hidden(rng):
    cases = []
    Wq, Wk, Wv = _w(rng, 4, 3)
    cases.append(case(rng.normal(size=4), Wq, Wk, Wv, np.zeros((0, 3)), np.zeros((0, 3)), name="empty cache (the first token)"))
    cases.append(case(rng.normal(size=4), Wq, Wk, Wv, rng.normal(size=(5, 3)), rng.normal(size=(5, 3)), name="five cached tokens"))
    Wq, Wk, Wv = _w(rng, 8, 8)
    cases.append(case(rng.normal(size=8) * 20, Wq, Wk, Wv, rng.normal(size=(7, 8)) * 5, rng.normal(size=(7, 8)), name="large scores"))
    cases.append(case(rng.normal(size=8), Wq, Wk, Wv, rng.normal(size=(1, 8)), rng.normal(size=(1, 8)), name="square projections"))
    Wq, Wk, Wv = _w(rng, 6, 4)
    cases.append(case(np.zeros(6), Wq, Wk, Wv, rng.normal(size=(3, 4)), rng.normal(size=(3, 4)), name="a zero hidden state"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: x (d_model,), W* (d_model, d_k), caches (t, d_k) with t >= 0."""
    x, Wq, Wk, Wv, Kc, Vc = args
    assert isinstance(x, np.ndarray) and x.ndim == 1 and len(x) >= 1, "x must be (d_model,)"
    d = len(x)
    assert all(isinstance(W, np.ndarray) and W.ndim == 2 and W.shape[0] == d for W in (Wq, Wk, Wv)), "Wq, Wk, Wv must be (d_model, d_k)"
    dk = Wq.shape[1]
    assert dk >= 1 and Wk.shape == Wv.shape == (d, dk), f"projections {Wq.shape}, {Wk.shape}, {Wv.shape} must share (d_model, d_k)"
    assert isinstance(Kc, np.ndarray) and isinstance(Vc, np.ndarray), "the caches must be arrays"
    assert Kc.ndim == 2 and Kc.shape == Vc.shape and Kc.shape[1] == dk, f"caches {Kc.shape}, {Vc.shape} must be (t, {dk})"
    assert all(np.all(np.isfinite(a)) for a in args), "inputs must be finite"
