import math

from offerloop.judge.cases import case


def visible():
    return [
        case([0.5, 0.5], [0.9, 0.1], name="two outcomes"),
        case([0.5, 0.5, 0.0], [0.25, 0.25, 0.5], name="a zero in p"),
    ]


def hidden(rng):
    cases = [
        case([1.0], [1.0], name="a single certain outcome"),
        case([0.2, 0.8], [0.2, 0.8], name="identical distributions"),
        case([0.5, 0.5], [1.0, 0.0], name="q rules out an event p allows"),
        case([0.0, 1.0], [0.5, 0.5], name="p is certain"),
        case([1e-300, 1.0 - 1e-300], [0.5, 0.5], name="a tiny probability"),
        case([0.7, 0.3, 0.0], [0.0, 0.5, 0.5], name="inf from the first entry"),
    ]
    for n in (5, 50):
        p = rng.dirichlet([0.5] * n)
        q = rng.dirichlet([2.0] * n)
        cases.append(case(p.tolist(), q.tolist(), name=f"random n={n}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: p and q are probability vectors of the same length (non-negative, summing to 1)."""
    p, q = args
    assert len(p) == len(q) >= 1, f"p has {len(p)} entries and q {len(q)}"
    for name, v in (("p", p), ("q", q)):
        assert all(isinstance(x, float) and 0.0 <= x <= 1.0 for x in v), f"{name} must hold floats in [0, 1]"
        assert abs(math.fsum(v) - 1.0) < 1e-9, f"{name} sums to {math.fsum(v)!r}, not 1"
