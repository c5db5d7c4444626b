def _ints(rng, n, lo, hi):
    return [int(v) for v in rng.integers(lo, hi + 1, size=n)]

from offerloop.judge.cases import case


def visible():
    return [
        case([7, 1, 5, 3, 6, 4], name="buy low, sell later"),
        case([7, 6, 4, 3, 1], name="prices only fall"),
    ]


def hidden(rng):
    cases = [
        case([], name="no days"),
        case([5], name="one day"),
        case([3, 3, 3], name="flat prices"),
        case([1, 2], name="two rising days"),
        case([9, 1, 3, 8, 0, 2], name="the lowest price comes too late"),
        case([2, 10, 1, 5], name="the best trade is before the minimum"),
        case([5, 9, 1, 4], name="max before min"),
        case([3, 8, 2, 9], name="a later, lower buy wins"),
    ]
    for n in (10, 200, 2000):
        cases.append(case(_ints(rng, n, 1, 10000), name=f"random {n} days"))
    cases.append(case(sorted(_ints(rng, 100, 1, 500), reverse=True), name="random falling prices"))
    return cases


def scaling_input(n, rng):
    return case(_ints(rng, n, 1, 10**6))


def check_case(args, kwargs):
    """The prompt's promise: prices is a list of non-negative integer prices (any length)."""
    (prices,) = args
    assert isinstance(prices, list), "prices is a list"
    assert all(type(p) is int and p >= 0 for p in prices), "prices are non-negative integers"
