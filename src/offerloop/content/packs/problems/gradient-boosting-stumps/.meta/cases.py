import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(np.array([1.0, 2.0, 3.0, 4.0]), np.array([1.0, 1.0, 3.0, 3.0]), 1, 0.5, name="one round"),
        case(np.array([1.0, 2.0, 3.0, 4.0, 5.0]), np.array([1.0, 3.0, 2.0, 5.0, 4.0]), 5, 0.3, name="five rounds"),
    ]


def hidden(rng):
    cases = [
        case(np.array([2.0]), np.array([7.0]), 3, 0.5, name="a single sample"),
        case(np.array([1.0, 1.0, 1.0]), np.array([1.0, 2.0, 6.0]), 4, 0.5, name="a constant feature"),
        case(np.array([1.0, 2.0, 3.0]), np.array([5.0, 6.0, 7.0]), 0, 0.1, name="zero rounds"),
        case(np.array([3.0, 1.0, 2.0, 2.0, 5.0]), np.array([10.0, 0.0, 4.0, 6.0, 12.0]), 3, 1.0, name="unsorted with duplicates, lr = 1"),
        case(np.array([1.0, 2.0, 3.0, 4.0]), np.array([1e6, 1e6 + 2, 1e6 + 1, 1e6 + 5]), 4, 0.5, name="large targets"),
    ]
    for n, k in ((20, 10), (60, 25)):
        x = np.round(rng.uniform(0, 10, size=n), 1)
        y = np.sin(x) + 0.2 * rng.normal(size=n)
        cases.append(case(x, y, k, 0.2, name=f"noisy sine n={n}, {k} rounds"))
    return cases


def _stumps(x, r):
    """Every candidate stump: (sse, threshold, predictions on x)."""
    values = np.unique(x)
    out = []
    for t in (values[:-1] + values[1:]) / 2:
        left = x <= t
        pred = np.where(left, r[left].mean(), r[~left].mean())
        out.append((float(((r - pred) ** 2).sum()), float(t), pred))
    return out


def _exact(r, x, t):
    """This stump's error, when every formula computes it without rounding (small binary fractions), else None."""
    from fractions import Fraction

    rf = [Fraction(float(v)) for v in r]
    if any(v.denominator > 2**8 or abs(v) >= 2**12 for v in rf) or len(rf) > 64:
        return None
    sse = Fraction(0)
    for side in ([v for v, xi in zip(rf, x) if xi <= t], [v for v, xi in zip(rf, x) if xi > t]):
        mean = sum(side) / len(side)
        if mean.denominator > 2**8:
            return None
        sse += sum((v - mean) ** 2 for v in side)
    return sse


def check_case(args, kwargs):
    """The prompt's promise: x and y (n,), n_rounds >= 0, lr > 0; in every round the best threshold wins by a margin,
    the near-tied thresholds predict the same, or they tie exactly in binary."""
    x, y, n_rounds, lr = args
    assert x.ndim == 1 and len(x) >= 1 and y.shape == x.shape, "x and y must be (n,) arrays"
    assert type(n_rounds) is int and n_rounds >= 0 and lr > 0, f"n_rounds {n_rounds!r}, lr {lr!r}"
    F = np.full(len(y), y.mean())
    scale = max(1.0, float(np.abs(y).max()))
    for rnd in range(n_rounds):
        r = y - F
        cands = _stumps(x, r)
        if not cands:
            F = F + lr * r.mean()
            continue
        best = min(cands, key=lambda c: (c[0], c[1]))
        # The smallest error picks the threshold: a near-tie that rounding could flip must not change the
        # fit, unless it is an exact tie in binary (then the smaller threshold wins in every formula).
        tol = 1e-9 * max(float((r ** 2).sum()), 1e-300)
        for sse, t, pred in cands:
            if sse - best[0] <= tol and t != best[1] and not np.allclose(pred, best[2], rtol=0, atol=1e-9 * scale):
                exact = _exact(r, x, t)
                assert exact is not None and exact == _exact(r, x, best[1]), (
                    f"round {rnd + 1}: thresholds {best[1]} and {t} tie within rounding but fit differently")
        F = F + lr * best[2]
