import numpy as np

from offerloop.judge.cases import case

INF = float("inf")


def visible():
    return [
        case(np.array([3.0, -4.0]), 2.0, name="the 3-4-5 triangle"),
        case(np.array([3.0, -4.0]), INF, name="the maximum norm"),
    ]


def hidden(rng):
    cases = [
        case(np.array([]), 2.0, name="an empty vector"),
        case(np.array([0.0, 0.0, 0.0]), 3.0, name="all zeros"),
        case(np.array([-7.5]), 2.0, name="a single negative entry"),
        case(np.array([3e200, -4e200]), 2.0, name="entries near 1e200"),
        case(np.array([3e-200, 4e-200]), 2.0, name="entries near 1e-200"),
        case(np.array([-1.0, -2.0, -3.0]), 3.0, name="odd p with negative entries"),
        case(np.array([-9.0, 2.0, 5.0]), INF, name="the largest entry is negative"),
        case(np.array([1.0, -2.0, 3.0]), 1.0, name="p = 1"),
        case(np.array([1e150, 2e150, -2e150]), 4.0, name="p = 4 near the overflow limit"),
    ]
    for n, p in ((10, 2.0), (100, 1.5), (50, 7.0)):
        cases.append(case(rng.normal(size=n) * 10, p, name=f"random n={n}, p={p}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: a finite 1-D float array, p >= 1 or inf, and a representable norm."""
    x, p = args
    assert isinstance(x, np.ndarray) and x.ndim == 1 and x.dtype.kind == "f", "x must be a 1-D float array"
    assert np.all(np.isfinite(x)), "an entry is not finite"
    assert isinstance(p, float) and p >= 1, f"p = {p!r} must be a float >= 1 or inf"
    if len(x) and p != float("inf"):
        m = float(np.abs(x).max())
        if m > 0:
            norm = m * float(np.sum((np.abs(x) / m) ** p)) ** (1.0 / p)
            assert np.isfinite(norm), "the norm itself overflows"
