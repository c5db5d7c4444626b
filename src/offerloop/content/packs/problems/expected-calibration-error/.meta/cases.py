import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([0, 1, 1, 1], [0.2, 0.4, 0.9, 0.95], n_bins=2, name="two bins"),
        case([1, 0, 1, 0, 1], [0.8, 0.8, 0.8, 0.8, 0.8], name="one bin, default 10 bins"),
    ]


def hidden(rng):
    cases = [
        case([1], [1.0], name="a single certain prediction"),
        case([0, 0, 1], [0.0, 0.0, 0.25], n_bins=4, name="zero probabilities and an edge"),
        case([1, 0, 1, 0], [0.5, 0.5, 0.75, 0.25], n_bins=4, name="predictions on bin edges"),
        case([0, 1, 1], [0.5, 0.3, 0.9], n_bins=2, name="0.5 belongs to the lower bin"),
        case([1, 1, 1, 0, 0, 0, 0, 0, 0, 0], [0.95, 0.9, 0.85, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.6], n_bins=5, name="uneven bin sizes"),
    ]
    for n, b in ((50, 10), (500, 15)):
        p = rng.random(n)
        y = (rng.random(n) < p ** 1.5).astype(int)  # overconfident in the middle
        cases.append(case(y.tolist(), p.tolist(), n_bins=b, name=f"random n={n}, {b} bins"))
    return cases


def _bins(p, n_bins):
    """The bin of every probability by four correct readings of the prompt's rule."""
    import math
    from fractions import Fraction

    edges = np.linspace(0, 1, n_bins + 1)
    by_digitize = np.digitize(p, edges[1:-1], right=True).tolist()
    by_ceil = [max(math.ceil(v * n_bins) - 1, 0) for v in p]
    by_exact = [max(math.ceil(Fraction(v) * n_bins) - 1, 0) for v in p]
    by_division = [next(b for b in range(n_bins) if v <= (b + 1) / n_bins) for v in p]
    return by_digitize, by_ceil, by_exact, by_division


def check_case(args, kwargs):
    """The prompt's promise: 0/1 labels and probabilities in [0, 1] of one length, n_bins >= 1; no probability whose bin
    depends on how the edges are computed."""
    y, p = args
    n_bins = kwargs.get("n_bins", 10)
    assert len(y) >= 1 and len(p) == len(y), "y_true and probs must be non-empty and of one length"
    assert all(v in (0, 1) for v in y), "labels are 0 or 1"
    assert all(0.0 <= v <= 1.0 for v in p), "probabilities lie in [0, 1]"
    assert type(n_bins) is int and n_bins >= 1, f"n_bins = {n_bins!r}"
    # Bin edges are decision boundaries: a probability at an edge must be grouped with the same samples
    # however the edge is computed (np.linspace, k / n_bins, ceil(p * n_bins), exact arithmetic). ECE
    # depends only on the grouping, so one bin's label changing for all its members is harmless.
    readings = _bins([float(v) for v in p], n_bins)
    groupings = set()
    for r in readings:
        groups = {}
        for i, b in enumerate(r):
            groups.setdefault(b, []).append(i)
        groupings.add(frozenset(tuple(g) for g in groups.values()))
    if len(groupings) > 1:
        i = next(i for i in range(len(p)) if len({r[i] for r in readings}) > 1)
        raise AssertionError(f"probability {p[i]!r} (index {i}) is binned differently depending on how the edges are computed")
