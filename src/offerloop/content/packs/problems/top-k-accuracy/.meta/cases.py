import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([2, 1, 1], np.array([[0.1, 0.7, 0.2], [0.5, 0.3, 0.2], [0.4, 0.4, 0.2]]), 1, name="k = 1 with a tie"),
        case([2, 1, 1], np.array([[0.1, 0.7, 0.2], [0.5, 0.3, 0.2], [0.4, 0.4, 0.2]]), 2, name="k = 2"),
    ]


def hidden(rng):
    cases = [
        case([0], np.array([[0.2, 0.5]]), 1, name="a single sample, a miss"),
        case([3], np.array([[1.0, 1.0, 1.0, 1.0]]), 1, name="all classes tied"),
        case([0, 1], np.array([[0.1, 0.9], [0.9, 0.1]]), 2, name="k = C: always a hit"),
        case([2, 0], np.array([[0.5, 0.5, 0.5, 0.1], [0.2, 0.3, 0.3, 0.3]]), 2, name="ties around the cut"),
        case([1, 2], np.array([[-1e300, 1e300, 0.0], [5.0, 5.0, -5.0]]), 1, name="extreme scores"),
    ]
    for n, c, k in ((20, 5, 2), (100, 10, 3)):
        S = np.round(rng.random((n, c)), 1)  # rounding makes ties common
        cases.append(case(rng.integers(0, c, size=n).tolist(), S, k, name=f"random n={n}, C={c}, k={k}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: float scores (n, C), n class indices in 0..C-1, 1 <= k <= C."""
    y, S, k = args
    assert isinstance(S, np.ndarray) and S.ndim == 2 and S.dtype.kind == "f" and S.shape[0] >= 1, "scores must be a float (n, C) array"
    n, C = S.shape
    assert len(y) == n and all(int(v) == v and 0 <= v < C for v in y), f"y_true must hold {n} class indices in 0..{C - 1}"
    assert type(k) is int and 1 <= k <= C, f"k = {k!r} is outside 1..{C}"
    assert np.all(np.isfinite(S)), "a score is not finite"
