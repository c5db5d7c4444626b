from fractions import Fraction

import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([1.0, 2.0, 3.0], [7.0, 8.0, 9.0], 999, 0, name="clearly different groups"),
        case([1.0, 2.0, 3.0, 4.0], [2.0, 3.0, 1.0, 4.0], 200, 7, name="identical values"),
    ]


def hidden(rng):
    cases = [
        case([5.0], [1.0, 2.0, 3.0], 300, 1, name="a single value in one group"),
        case([0.0, 0.0, 0.0, 1.0], [1.0, 1.0, 0.0, 1.0, 1.0], 500, 2, name="binary outcomes: many ties"),
        case([4.0, 5.0], [1.0, 1.0], 0, 3, name="zero permutations"),
        case([10.0, 11.0, 12.0, 13.0, 14.0, 15.0], [0.0, 1.0, 2.0, 3.0, 4.0, 5.0], 400, 4, name="completely separated"),
    ]
    for na, nb in ((8, 10), (20, 15)):
        while True:  # redraw groups where a mirrored statistic ties the observed one only up to rounding
            a = rng.integers(0, 10, size=na).astype(float)
            b = (rng.integers(0, 10, size=nb) + 2).astype(float)
            if _rounding_tie(a.tolist(), b.tolist()) is None:
                break
        cases.append(case(a.tolist(), b.tolist(), 300, int(rng.integers(0, 10**6)), name=f"random integers {na} vs {nb}"))
    return cases


def _rounding_tie(a, b):
    """A permuted group sum S whose statistic ties the observed one exactly but not in floats, or None.

    A permuted group A's statistic depends only on its sum S (integer sums are exact). With unequal
    group sizes a different S can give a mathematically equal statistic (|d| from the other side) whose
    float value differs in the last bit; then ">=" depends on how the means are written.
    """
    na, nb = len(a), len(b)
    vals = sorted(int(v) for v in a + b)
    total = sum(vals)

    def forms(S):
        return (abs(Fraction(S, na) - Fraction(total - S, nb)),  # exact
                abs(S / na - (total - S) / nb),  # mean(a) - mean(b), as the prompt writes it
                abs((S * nb - (total - S) * na) / (na * nb)))  # the same over a common denominator

    obs = forms(int(sum(a)))
    for S in range(sum(vals[:na]), sum(vals[-na:]) + 1):
        f = forms(S)
        if len({f[j] >= obs[j] for j in range(len(f))}) > 1:
            return S
    return None


def check_case(args, kwargs):
    """The prompt's promise: non-empty groups of integer values stored as floats, n_perm >= 0, an int seed;
    a permuted statistic equal to the observed one compares equal in floats too."""
    a, b, n_perm, seed = args
    assert isinstance(a, list) and isinstance(b, list) and len(a) >= 1 and len(b) >= 1, "a and b must be non-empty lists"
    assert all(isinstance(v, float) and v == int(v) and abs(v) < 2**40 for v in a + b), "values must be integers stored as floats"
    assert type(n_perm) is int and n_perm >= 0, f"n_perm = {n_perm!r} must be a non-negative int"
    assert type(seed) is int and seed >= 0, f"seed = {seed!r} must be a non-negative int"
    S = _rounding_tie(a, b)
    assert S is None, f"a group sum of {S} ties the observed statistic exactly but not in floats"
