import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([1, 0, 1], [0.9, 0.2, 0.6], name="three predictions"),
        case([0], [1.0], name="a confident mistake"),
    ]


def hidden(rng):
    cases = [
        case([1], [0.0], name="p = 0 on a positive"),
        case([1, 0], [1.0, 0.0], name="perfect and certain"),
        case([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5], name="always one half"),
        case([1, 1, 0], [1e-20, 0.7, 1e-20], name="below eps"),
        case([1, 0, 1], [0.9, 0.2, 0.6], eps=1e-3, name="a custom eps"),
        case([0, 1], [0.9999999999999999, 0.3], name="just below one"),
    ]
    for n in (10, 500):
        y = (rng.random(n) < 0.3).astype(int)
        cases.append(case(y.tolist(), np.clip(rng.random(n) * 0.8 + 0.2 * y, 0, 1).tolist(), name=f"random n={n}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: 0/1 labels, probabilities in [0, 1] of the same length (n >= 1), 0 < eps < 0.5.
    (Clipping is continuous, so p == eps needs no margin.)"""
    y, p = args
    eps = kwargs.get("eps", 1e-15)
    assert len(y) == len(p) >= 1, f"{len(y)} labels for {len(p)} probabilities"
    assert all(type(v) is int and v in (0, 1) for v in y), "labels must be the ints 0 and 1"
    assert all(isinstance(v, float) and 0.0 <= v <= 1.0 for v in p), "probabilities must be floats in [0, 1]"
    assert isinstance(eps, float) and 0 < eps < 0.5, f"eps = {eps!r} is outside (0, 0.5)"
