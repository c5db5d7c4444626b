import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[1.0, 2.0]]), np.eye(2), np.array([[1.0, 1.0]]), np.array([[1.0], [0.0]]), 2.0, name="rank 1"),
    ]


def hidden(rng):
    cases = [
        case(rng.normal(size=(3, 4)), rng.normal(size=(4, 4)), rng.normal(size=(2, 4)), np.zeros((4, 2)), 16.0, name="B = 0: the base model"),
        case(rng.normal(size=(1, 5)), rng.normal(size=(3, 5)), rng.normal(size=(1, 5)), rng.normal(size=(3, 1)), 1.0, name="a single input row"),
    ]
    for i, (n, din, dout, r, alpha) in enumerate(((4, 6, 6, 2, 8.0), (5, 8, 3, 4, 16.0), (2, 5, 7, 3, 3.0), (6, 4, 4, 4, 4.0))):
        cases.append(case(rng.normal(size=(n, din)), rng.normal(size=(dout, din)), rng.normal(size=(r, din)), rng.normal(size=(dout, r)), alpha,
                          name=f"n={n}, {din}->{dout}, r={r}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: x (n, d_in), W (d_out, d_in), A (r, d_in), B (d_out, r) with r >= 1, alpha a float."""
    x, W, A, B, alpha = args
    assert all(isinstance(a, np.ndarray) and a.ndim == 2 for a in (x, W, A, B)), "x, W, A and B must be 2-D arrays"
    n, din = x.shape
    dout = W.shape[0]
    r = A.shape[0]
    assert n >= 1 and din >= 1 and dout >= 1 and r >= 1, f"empty dimension: x {x.shape}, W {W.shape}, A {A.shape}"
    assert W.shape == (dout, din), f"W is {W.shape}, expected (d_out, {din})"
    assert A.shape == (r, din), f"A is {A.shape}, expected (r, {din})"
    assert B.shape == (dout, r), f"B is {B.shape}, expected ({dout}, {r})"
    assert all(np.all(np.isfinite(a)) for a in (x, W, A, B)), "inputs must be finite"
    assert isinstance(alpha, float), f"alpha = {alpha!r} must be a float"
