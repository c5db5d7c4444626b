from offerloop.judge.cases import case


def visible():
    return [
        case([1, 8, 6, 2, 5, 4, 8, 3, 7], name="classic"),
        case([1, 1], name="two lines"),
    ]


def hidden(rng):
    cases = [
        case([4, 3, 2, 1, 4], name="tall ends"),
        case([1, 2, 1], name="short ends"),
        case([0, 0, 0], name="all zero"),
        case([1, 2, 4, 3], name="best pair in the middle"),
        case([2, 3, 10, 5, 7, 8, 9], name="inner tall walls"),
        case([10, 1, 1, 1, 1, 1, 1, 1, 10], name="equal tall ends"),
    ]
    for n in (5, 30, 200):
        cases.append(case([int(v) for v in rng.integers(0, 50, size=n)], name=f"random {n}"))
    return cases


def scaling_input(n, rng):
    return case([int(v) for v in rng.integers(0, 10 ** 6, size=n)])


def check_case(args, kwargs):
    """The prompt's promise: at least two non-negative integer heights."""
    (heights,) = args
    assert isinstance(heights, list) and len(heights) >= 2, "heights has at least two lines"
    assert all(type(h) is int and h >= 0 for h in heights), "heights are non-negative integers"
