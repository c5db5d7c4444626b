import numpy as np

from offerloop.judge.cases import case


def visible():
    X = np.array([[1.0, 2.0]])
    W = np.array([[1.0, 0.0, -1.0], [2.0, 1.0, 0.0]])
    return [
        case(X, W, np.zeros(3), np.array([[1.0, 0.0, 1.0]]), name="one sample"),
        case(np.array([[1.0], [2.0]]), np.array([[3.0]]), np.array([1.0]), np.array([[1.0], [1.0]]), name="scalar layer, two samples"),
    ]


def _rand(rng, n, di, do):
    return rng.normal(size=(n, di)), rng.normal(size=(di, do)), rng.normal(size=do), rng.normal(size=(n, do))


def hidden(rng):
    cases = [case(*_rand(rng, 1, 3, 2), name="a single sample")]
    for n, di, do in ((4, 3, 3), (8, 5, 2), (16, 4, 6), (3, 3, 3)):
        cases.append(case(*_rand(rng, n, di, do), name=f"random n={n}, {di}->{do}"))
    X, W, b, dY = _rand(rng, 5, 4, 4)
    cases.append(case(np.full((5, 4), 2.0), W, b, dY, name="constant input"))
    cases.append(case(X * 1e4, W, b * 1e4, dY, name="large activations"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: X (n, d_in), W (d_in, d_out), b (d_out,), dY (n, d_out)."""
    X, W, b, dY = args
    assert X.ndim == 2 and W.ndim == 2 and X.shape[1] == W.shape[0], "X must be (n, d_in) and W (d_in, d_out)"
    assert b.shape == (W.shape[1],) and dY.shape == (X.shape[0], W.shape[1]), "b must be (d_out,) and dY (n, d_out)"
