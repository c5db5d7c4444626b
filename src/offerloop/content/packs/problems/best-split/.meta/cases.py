from collections import Counter
from fractions import Fraction

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
        # 4.5 and 12.5 both score 0.375 exactly: a pure side of 4 and a 6/6 side of 12, halves and
        # quarters only, so every way of computing Gini gives the same bits.
        case(np.arange(1.0, 17.0), np.array([0, 0, 0, 0, 1, 1, 1, 0, 0, 1, 1, 1, 0, 0, 0, 0]), name="tied candidates: smallest threshold"),
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


def _dyadic(q):
    return q.denominator & (q.denominator - 1) == 0


def check_case(args, kwargs):
    """Shapes; the best candidate wins by 1e-9, or ties exactly in binary (halves, quarters...),
    so that no way of computing Gini can reorder it."""
    x, y = args
    assert isinstance(x, np.ndarray) and x.ndim == 1 and x.dtype.kind == "f", "x must be a float array"
    assert isinstance(y, np.ndarray) and y.shape == x.shape and y.dtype.kind in "iu", "y must be an int array like x"
    values = np.unique(x)
    n = len(x)
    scored = []
    for t in (values[:-1] + values[1:]) / 2:
        sides = [Counter(y[x <= t].tolist()), Counter(y[x > t].tolist())]
        imp = Fraction(0)
        exact = True
        for side in sides:
            m = sum(side.values())
            g = 1 - sum(Fraction(c, m) ** 2 for c in side.values())
            imp += Fraction(m, n) * g
            if g != 0:  # a pure side adds exactly 0 in floats too
                exact = exact and _dyadic(Fraction(m, n)) and all(_dyadic(Fraction(c, m)) for c in side.values())
        scored.append((imp, exact, float(t)))
    if len(scored) < 2:
        return
    best = min(imp for imp, _, _ in scored)
    near = [(imp, exact, t) for imp, exact, t in scored if imp - best <= Fraction(1, 10**9)]
    if len(near) > 1:
        for imp, exact, t in near:
            assert imp == best and exact, f"candidate {t} is within 1e-9 of the best without an exact binary tie"
