import math

from offerloop.judge.cases import case


def visible():
    return [
        case(["ann", "bob", "ann"], [10.0, 5.0, 30.0], name="two customers"),
        case(["z"], [4.0], name="one transaction"),
    ]


def hidden(rng):
    cases = [
        case(["b", "a"], [3.0, 7.0], name="keys not in sorted order"),
        case(["c", "c", "c"], [2.0, 2.0, 2.0], name="one customer, equal amounts"),
        case(["r", "r", "s"], [5.0, -5.0, 1.0], name="a customer total of zero"),
        case(["u", "v", "u"], [1e12, 1.0, 3e12], name="large amounts"),
    ]
    names = ["zoe", "yan", "xia", "wil", "val"]
    for i in range(4):
        n = int(rng.integers(5, 25))
        ids = [names[int(k)] for k in rng.integers(0, 5, size=n)]
        amounts = [float(round(x, 2)) for x in rng.uniform(1, 100, size=n)]
        cases.append(case(ids, amounts, name=f"random {n} transactions"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: string ids and float amounts of the same length; a customer total is 0 only exactly."""
    ids, amounts = args
    assert len(ids) == len(amounts), "one amount per customer id"
    assert all(type(c) is str for c in ids), "customer ids are strings"
    assert all(type(a) is float and math.isfinite(a) for a in amounts), "amounts are finite floats"
    totals = {}
    for c, a in zip(ids, amounts):
        totals.setdefault(c, []).append(a)
    for c, vals in totals.items():
        total, scale = math.fsum(vals), max(abs(v) for v in vals)
        # The "0.0 when the total is 0" rule is a decision boundary: a total is exactly zero in any
        # summation order (x and -x), or far from zero.
        exact_zero = total == 0 and sorted(vals) == sorted(-v for v in vals)
        assert exact_zero or abs(total) > 1e-6 * scale, f"customer {c!r}: total {total!r} is near the zero boundary"
