import numpy as np

from offerloop.judge.cases import case

MARGIN = 1e-6  # relative gaps the prompt's promises keep (singular values, entries' sizes)


def visible():
    return [
        case(np.array([[2.0, 0.0], [0.0, 0.0], [-2.0, 0.0], [0.0, 1.0], [0.0, -1.0]]), 1, name="axis-aligned spread"),
        case(np.array([[1.0, 1.0], [2.0, 2.0], [3.0, 3.5], [4.0, 3.9]]), 2, name="two components of a diagonal cloud"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[1.0, -3.0], [3.0, -7.0]]), 1, name="two samples"),
        case(np.array([[100.0, 5.0, 1.0], [102.0, 5.0, 3.0], [98.0, 5.0, 0.0], [101.0, 5.0, 5.0]]), 2, name="a constant feature and an offset"),
        case(np.array([[-1.0, -10.0], [1.0, -12.0], [2.0, -15.0], [-2.0, -9.0]]), 1, name="the dominant entry is negative before flipping"),
    ]
    X = rng.normal(size=(30, 3)) @ np.diag([5.0, 2.0, 0.5]) + 1e6
    cases.append(case(X, 2, name="a large offset"))
    for n, d, k in ((10, 4, 2), (40, 6, 3), (25, 3, 3)):
        A = rng.normal(size=(d, d)) * np.linspace(3, 0.5, d)
        cases.append(case(rng.normal(size=(n, d)) @ A + rng.normal(size=d), k, name=f"random {n}x{d}, k={k}"))
    return cases


def check_case(args, kwargs):
    """Shapes and ranges; distinct leading singular values; no tie in absolute value within a component."""
    X, k = args
    assert isinstance(X, np.ndarray) and X.ndim == 2, "X must be an (n, d) array"
    n, d = X.shape
    assert n >= 2 and type(k) is int and 1 <= k <= min(n, d), f"X is {n}x{d} and n_components is {k}"
    Xc = X - X.mean(axis=0)
    _, S, Vt = np.linalg.svd(Xc, full_matrices=False)
    scale = max(S[0], 1e-300)
    for i in range(k):
        # Component i is defined only when its singular value differs from both neighbours.
        for j in (i - 1, i + 1):
            if 0 <= j < len(S):
                assert abs(S[i] - S[j]) > MARGIN * scale, f"singular values {i} and {j} tie ({S[i]:.6g}, {S[j]:.6g})"
        top = np.sort(np.abs(Vt[i]))[::-1]
        if len(top) > 1:
            assert top[0] - top[1] > MARGIN, f"component {i} has two entries of nearly equal size ({top[0]:.6g}, {top[1]:.6g})"
