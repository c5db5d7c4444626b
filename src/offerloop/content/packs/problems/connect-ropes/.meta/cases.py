from offerloop.judge.cases import case

SWEEP_SEEDS = 20  # integers only, no float boundary, one right answer


def _ints(rng, n, lo, hi):
    return [int(v) for v in rng.integers(lo, hi + 1, size=n)]


def visible():
    return [
        case([4, 3, 2, 6], name="four ropes"),
        case([7], name="a single rope"),
    ]


def hidden(rng):
    cases = [
        case([5, 8], name="two ropes"),
        case([1, 1, 1, 1], name="a splice shorter than the next rope"),
        case([1, 2, 3, 4, 5], name="sorted lengths"),
        case([20, 1, 1, 1], name="one long rope"),
        case([10, 10, 10], name="equal lengths"),
        case([1000000000, 1000000000, 1], name="large lengths"),
        case([2, 9, 2, 9, 2, 9], name="alternating"),
    ]
    for n, hi in ((6, 10), (40, 100), (300, 10 ** 4), (2000, 10 ** 6)):
        cases.append(case(_ints(rng, n, 1, hi), name=f"random {n} ropes"))
    return cases


def scaling_input(n, rng):
    return case(_ints(rng, n, 1, 10 ** 6))


def check_case(args, kwargs):
    """The prompt's promise: at least one rope, positive integer lengths."""
    (lengths,) = args
    assert isinstance(lengths, list) and len(lengths) >= 1, "at least one rope"
    assert all(type(v) is int and v >= 1 for v in lengths), "lengths are positive integers"
