import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([1.0, 2.0, 3.0], [4.0, 6.0, 8.0, 10.0], name="small samples"),
        case([5.0, 5.5, 6.0, 6.5], [5.0, 6.0, 5.0, 6.0], name="similar means"),
    ]


def hidden(rng):
    cases = [
        case([1.0, 3.0], [2.0, 2.0, 2.0], name="two values against a constant sample"),
        case([10.0, 10.0, 10.0], [1.0, 2.0, 3.0, 4.0], name="a constant first sample"),
        case([1e9 + 1.0, 1e9 + 2.0, 1e9 + 4.0], [1e9 + 3.0, 1e9 + 5.0, 1e9 + 6.0], name="large offsets"),
        case([0.1, 0.2, 0.15, 0.3, 0.25, 0.2, 0.1, 0.35], [5.0, -5.0, 10.0], name="very different variances and sizes"),
    ]
    for na, nb in ((10, 12), (30, 8), (200, 150)):
        a = rng.normal(0, 1, size=na)
        b = rng.normal(0.5, 3, size=nb)
        cases.append(case(a.tolist(), b.tolist(), name=f"random {na} vs {nb}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: finite float samples of at least two values each, not both constant."""
    a, b = args
    assert len(a) >= 2 and len(b) >= 2, f"samples of sizes {len(a)} and {len(b)}: at least 2 each"
    assert all(isinstance(v, float) and np.isfinite(v) for v in list(a) + list(b)), "a value is not a finite float"
    assert len(set(a)) > 1 or len(set(b)) > 1, "both samples are constant: t is 0 / 0"
