from offerloop.judge.cases import case

SWEEP_SEEDS = 20  # integers only, no float boundary, one right answer


def _ints(rng, n, lo, hi):
    return [int(v) for v in rng.integers(lo, hi + 1, size=n)]


def visible():
    return [
        case([1, 2, 3], [1, 1], name="only one child can be content"),
        case([1, 2], [1, 2, 3], name="everyone is content"),
    ]


def hidden(rng):
    cases = [
        case([], [1, 2], name="no children"),
        case([3, 4], [], name="no cookies"),
        case([5], [5], name="a cookie exactly as large as the greed"),
        case([5], [4], name="a cookie one too small"),
        case([2, 2, 2], [2, 2], name="repeated values"),
        case([1, 10], [10, 1], name="the big cookie must go to the greedy child"),
        case([4, 1, 3], [9, 1, 2], name="unsorted input"),
        case([7, 8, 9], [1, 2, 3], name="every cookie is too small"),
        case([1, 1, 1, 6], [6, 2, 1], name="the largest cookie is wasted if given first to a small greed"),
    ]
    for n, m, hi in ((6, 5, 10), (50, 70, 30), (400, 300, 1000), (3000, 3000, 10 ** 6)):
        cases.append(case(_ints(rng, n, 1, hi), _ints(rng, m, 1, hi), name=f"random {n} children, {m} cookies"))
    return cases


def scaling_input(n, rng):
    return case(_ints(rng, n, 1, 10 ** 6), _ints(rng, n, 1, 10 ** 6))


def check_case(args, kwargs):
    """The prompt's promise: two lists of positive integers."""
    greed, sizes = args
    for name, values in (("greed", greed), ("sizes", sizes)):
        assert isinstance(values, list), f"{name} is a list"
        assert all(type(v) is int and v >= 1 for v in values), f"{name} holds positive integers"
