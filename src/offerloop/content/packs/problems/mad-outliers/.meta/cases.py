import numpy as np

from offerloop.judge.cases import case

MARGIN = 1e-9  # relative distance of every |z| from the threshold


def visible():
    return [
        case([10.0, 11.0, 12.0, 11.0, 10.0, 50.0], name="one large value"),
        case([1.0, 2.0, 3.0, 4.0], name="no outliers"),
    ]


def hidden(rng):
    cases = [
        case([5.0], name="a single value"),
        case([3.0, 3.0, 3.0, 3.0, 9.0], name="MAD = 0"),
        case([1.0, 2.0, 3.0, 4.0, 100.0, 120.0, 3.0, 2.0], threshold=2.0, name="two outliers mask a mean-based score"),
        case([0.0, 1.0, 2.0, 3.0, 10.0], threshold=5.0, name="a custom threshold"),
        case([-1e9, 0.0, 1.0, 2.0, 1.0], name="a huge negative value"),
    ]
    for n in (30, 200):
        x = rng.normal(size=n)
        x[:3] = [8.0, -9.0, 12.0]
        cases.append(case(x.tolist(), name=f"normal data with planted outliers n={n}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: n >= 1 finite floats, a positive threshold; every |z| clear of the threshold."""
    (x,) = args
    threshold = kwargs.get("threshold", 3.5)
    assert isinstance(x, list) and len(x) >= 1, "x must be a non-empty list"
    assert all(isinstance(v, float) and np.isfinite(v) for v in x), "x must hold finite floats"
    assert isinstance(threshold, float) and threshold > 0, f"threshold = {threshold!r} must be positive"
    a = np.asarray(x)
    m = np.median(a)
    mad = np.median(np.abs(a - m))
    if mad == 0:
        return  # values are compared with m exactly: no float boundary
    z = np.abs(0.6745 * (a - m) / mad)
    i = int(np.argmin(np.abs(z - threshold)))
    assert abs(z[i] - threshold) > MARGIN * threshold, f"value {i} has |z| = {z[i]!r}, within {MARGIN:g} of the threshold"
