from offerloop.judge.cases import case


def _ints(rng, n, lo, hi):
    return [int(v) for v in rng.integers(lo, hi + 1, size=n)]


def visible():
    return [
        case([0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1], name="the classic"),
        case([4, 2, 0, 3, 2, 5], name="a deep basin"),
    ]


def hidden(rng):
    cases = [
        case([], name="empty"),
        case([5], name="one bar"),
        case([3, 3], name="two bars"),
        case([1, 2, 3, 4], name="rising: no water"),
        case([4, 3, 2, 1], name="falling: no water"),
        case([3, 0, 3], name="one pit"),
        case([5, 0, 0, 0, 1], name="a low right wall"),
        case([2, 0, 2, 0, 2], name="two equal pits"),
        case([0, 0, 0], name="flat ground"),
        case([5, 1, 3, 1, 5], name="an island inside a basin"),
    ]
    for n, hi in ((15, 5), (200, 100), (500, 10**4)):
        cases.append(case(_ints(rng, n, 0, hi), name=f"random {n} bars"))
    return cases


def scaling_input(n, rng):
    return case(_ints(rng, n, 0, 10**5))


def check_case(args, kwargs):
    """The prompt's promise: height is a list of non-negative integers (possibly empty)."""
    (height,) = args
    assert isinstance(height, list) and all(type(h) is int and h >= 0 for h in height), "heights are non-negative integers"
