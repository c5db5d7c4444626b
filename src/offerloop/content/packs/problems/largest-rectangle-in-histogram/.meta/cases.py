from offerloop.judge.cases import case


def _ints(rng, n, lo, hi):
    return [int(v) for v in rng.integers(lo, hi + 1, size=n)]


def visible():
    return [
        case([2, 1, 5, 6, 2, 3], name="the classic"),
        case([2, 4], name="two bars"),
    ]


def hidden(rng):
    cases = [
        case([], name="empty"),
        case([7], name="one bar"),
        case([0, 0], name="zero heights"),
        case([3, 3, 3, 3], name="flat: the whole width"),
        case([1, 2, 3, 4, 5], name="increasing"),
        case([5, 4, 3, 2, 1], name="decreasing"),
        case([2, 1, 2], name="a low bar spans everything"),
        case([4, 2, 0, 3, 2, 5], name="a zero splits the histogram"),
        case([6, 2, 5, 4, 5, 1, 6], name="the textbook example"),
        case([1, 100, 1], name="one tall bar"),
    ]
    for n, hi in ((15, 6), (300, 1000), (500, 20)):
        cases.append(case(_ints(rng, n, 0, hi), name=f"random {n} bars"))
    return cases


def scaling_input(n, rng):
    # Rising bars: every bar's rectangle reaches the right end.
    return case(sorted(_ints(rng, n, 1, 10**6)))


def check_case(args, kwargs):
    """The prompt's promise: heights is a list of non-negative integers (possibly empty)."""
    (heights,) = args
    assert isinstance(heights, list) and all(type(h) is int and h >= 0 for h in heights), "heights are non-negative integers"
