import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([[3.0, 1.0], [4.0, 2.0]]), name="a 2x2 matrix"),
        case(np.array([[1.0, 1.0], [1.0, 0.0], [0.0, 1.0]]), name="a tall 3x2 matrix"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[-2.0], [0.0], [0.0]]), name="a single negative column"),
        case(np.array([[0.0, 1.0], [-1.0, 0.0]]), name="orthogonal columns"),
        case(np.array([[1.0, 1.0, 1.0], [0.0, 1.0, 1.0], [0.0, 0.0, 1.0], [1.0, 0.0, 1.0]]), name="non-orthogonal columns"),
        case(np.array([[1e6, 1e6 + 1.0], [1.0, 2.0]]), name="nearly parallel large columns"),
    ]
    for m, n in ((5, 3), (8, 8), (20, 4)):
        cases.append(case(rng.normal(size=(m, n)), name=f"random {m}x{n}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: A is (m, n) with m >= n >= 1 and linearly independent columns."""
    (A,) = args
    assert isinstance(A, np.ndarray) and A.ndim == 2 and A.dtype.kind == "f", "A must be a 2-D float array"
    m, n = A.shape
    assert m >= n >= 1, f"A is {m}x{n}: the prompt promises m >= n >= 1"
    assert np.all(np.isfinite(A)), "A must be finite"
    s = np.linalg.svd(A, compute_uv=False)
    # Independent columns, with room to spare: Q is determined to the judge's tolerance.
    assert s[-1] > 1e-8 * s[0], f"the columns are (nearly) dependent: singular values {s[0]:.3g} .. {s[-1]:.3g}"
