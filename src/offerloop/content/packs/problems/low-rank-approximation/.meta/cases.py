import numpy as np

from offerloop.judge.cases import case

MARGIN = 1e-6  # relative gap between the k-th and (k+1)-th singular values


def visible():
    return [
        case(np.array([[3.0, 0.0], [0.0, 1.0]]), 1, name="a diagonal matrix"),
        case(np.array([[1.0, 2.0], [2.0, 4.0], [3.0, 6.1]]), 1, name="nearly rank one"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[2.0, 1.0], [1.0, 3.0]]), 2, name="full rank kept"),
        case(np.array([[5.0, 0.0, 0.0], [0.0, 3.0, 0.0], [0.0, 0.0, 1.0], [0.0, 0.0, 0.0]]), 2, name="error from one dropped value"),
        case(np.array([[4.0]]), 1, name="a 1x1 matrix"),
    ]
    for m, n, k in ((6, 4, 2), (10, 8, 3), (5, 12, 1)):
        r = min(m, n)
        U, _ = np.linalg.qr(rng.normal(size=(m, r)))
        V, _ = np.linalg.qr(rng.normal(size=(n, r)))
        s = np.sort(rng.uniform(0.1, 1.0, size=r))[::-1]
        s[:k] += 2.0  # a clear gap after the k-th value
        cases.append(case((U * s) @ V.T, k, name=f"random {m}x{n}, k={k}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: A (m, n), 1 <= k <= min(m, n), and a gap after the k-th singular value."""
    A, k = args
    assert isinstance(A, np.ndarray) and A.ndim == 2 and A.dtype.kind == "f", "A must be a 2-D float array"
    assert np.all(np.isfinite(A)), "A must be finite"
    assert type(k) is int and 1 <= k <= min(A.shape), f"k = {k!r} with A {A.shape}: the prompt promises 1 <= k <= min(m, n)"
    s = np.linalg.svd(A, compute_uv=False)
    if k < len(s):
        assert s[k - 1] - s[k] > MARGIN * max(s[0], 1e-300), f"no gap: singular values {k - 1} and {k} are {s[k - 1]:.6g} and {s[k]:.6g}"
