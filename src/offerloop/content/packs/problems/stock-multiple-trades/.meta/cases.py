from offerloop.judge.cases import case

SWEEP_SEEDS = 20  # integers only, no float boundary, one right answer


def _walk(rng, n, start=500, step=20):
    prices, p = [], start
    for _ in range(n):
        p = max(0, p + int(rng.integers(-step, step + 1)))
        prices.append(p)
    return prices


def visible():
    return [
        case([7, 1, 5, 3, 6, 4], name="two trades"),
        case([1, 2, 3, 4, 5], name="a steady rise"),
        case([7, 6, 4, 3, 1], name="a steady fall"),
    ]


def hidden(rng):
    cases = [
        case([], name="no days"),
        case([5], name="one day"),
        case([3, 3, 3], name="a flat price"),
        case([1, 9, 2, 8], name="two rises beat one long trade"),
        case([5, 1, 10], name="the first day is not the lowest"),
        case([2, 4, 1, 7], name="the best single trade is not the answer"),
        case([0, 10, 0, 10, 0], name="zero prices"),
        case([4, 1, 2, 3, 1, 6], name="a rise that restarts lower"),
    ]
    for n in (8, 50, 400, 3000):
        cases.append(case(_walk(rng, n), name=f"random walk of {n} days"))
    return cases


def scaling_input(n, rng):
    return case(_walk(rng, n, start=10 ** 5, step=100))


def check_case(args, kwargs):
    """The prompt's promise: a list of non-negative integers."""
    (prices,) = args
    assert isinstance(prices, list) and all(type(p) is int and p >= 0 for p in prices), \
        "prices are non-negative integers"
