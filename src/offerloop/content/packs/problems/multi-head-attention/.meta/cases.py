import numpy as np

from offerloop.judge.cases import case


def visible():
    X = np.array([[1.0, 0.0], [0.0, 1.0]])
    I = np.eye(2)
    return [
        case(X, I, I, I, I, 2, name="two one-dimensional heads"),
        case(X, I, I, I, I, 1, name="one head"),
    ]


def _w(rng, d):
    return [rng.normal(size=(d, d)) / np.sqrt(d) for _ in range(4)]


def hidden(rng):
    cases = []
    cases.append(case(rng.normal(size=(1, 4)), *_w(rng, 4), 2, name="a single position"))
    X = rng.normal(size=(5, 8))
    cases.append(case(X, *_w(rng, 8), 2, name="T=5, d=8, 2 heads"))
    cases.append(case(X, *_w(rng, 8), 4, mask=np.tril(np.ones((5, 5), dtype=bool)), name="causal, 4 heads"))
    cases.append(case(rng.normal(size=(6, 12)) * 3, *_w(rng, 12), 3, name="3 heads of size 4"))
    m = np.ones((4, 4), dtype=bool)
    m[2] = False
    cases.append(case(rng.normal(size=(4, 6)), *_w(rng, 6), 2, mask=m, name="a fully masked row"))
    cases.append(case(np.ones((3, 4)), *_w(rng, 4), 2, name="identical positions"))
    cases.append(case(rng.normal(size=(7, 16)) * 10, *_w(rng, 16), 8, name="8 heads, large inputs"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: X (T, d_model), four (d_model, d_model) weights, d_model divisible by num_heads, mask None or bool (T, T)."""
    X, Wq, Wk, Wv, Wo, heads = args
    mask = kwargs.get("mask")
    assert isinstance(X, np.ndarray) and X.ndim == 2 and X.shape[0] >= 1 and X.shape[1] >= 1, "X must be (T, d_model)"
    T, d = X.shape
    assert all(isinstance(W, np.ndarray) and W.shape == (d, d) for W in (Wq, Wk, Wv, Wo)), f"every weight must be {(d, d)}"
    assert all(np.all(np.isfinite(a)) for a in (X, Wq, Wk, Wv, Wo)), "inputs must be finite"
    assert type(heads) is int and heads >= 1 and d % heads == 0, f"d_model = {d} is not divisible by num_heads = {heads!r}"
    assert mask is None or (isinstance(mask, np.ndarray) and mask.dtype == bool and mask.shape == (T, T)), f"mask must be None or bool {(T, T)}"
