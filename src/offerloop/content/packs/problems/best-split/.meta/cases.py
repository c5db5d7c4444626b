import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([1.0, 2.0, 3.0, 4.0]), np.array([0, 0, 1, 1]), name="a clean split"),
        case(np.array([5.0, 5.0]), np.array([0, 1]), name="a constant feature"),
    ]


def hidden(rng):
    cases = [
        case(np.array([7.0]), np.array([1]), name="a single sample"),
        case(np.array([3.0, 1.0, 2.0, 4.0]), np.array([1, 0, 0, 1]), name="unsorted input"),
        case(np.array([1.0, 1.0, 2.0, 2.0, 3.0]), np.array([0, 1, 0, 1, 1]), name="duplicated values"),
        case(np.array([1.0, 2.0, 3.0, 4.0]), np.array([0, 1, 1, 0]), name="tied candidates: smallest threshold"),
        case(np.array([1.0, 2.0, 3.0]), np.array([2, 2, 2]), name="a pure node"),
        case(np.array([1.0, 2.0, 2.0, 2.0, 9.0]), np.array([0, 1, 1, 0, 1]), name="a run of equal values"),
        case(np.array([1e9, 1e9 + 2.0, 1e9 + 4.0]), np.array([0, 0, 1]), name="large values"),
    ]
    for n, k in ((15, 2), (40, 3), (80, 4)):
        while True:
            x = rng.integers(0, n // 3, size=n).astype(float)
            y = (x > n / 6).astype(int) * (k - 1)
            y = np.where(rng.random(n) < 0.3, rng.integers(0, k, size=n), y)
            if _clear_winner(x, y):
                break
        cases.append(case(x, y, name=f"random n={n}, classes={k}"))
    return cases


def _clear_winner(x, y):
    """True when the best impurity beats every other candidate by a margin, so rounding cannot reorder a tie."""
    values = np.unique(x)
    imps = []
    for t in (values[:-1] + values[1:]) / 2:
        sides = [y[x <= t], y[x > t]]
        imps.append(sum(len(s) * (1 - np.sum((np.unique(s, return_counts=True)[1] / len(s)) ** 2)) for s in sides) / len(y))
    imps = sorted(imps)
    return len(imps) >= 2 and imps[1] - imps[0] > 1e-9
