from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary


def visible():
    return [
        case([1, 2, 3, 0, 2], name="two trades with a rest"),
        case([1], name="one day"),
        case([1, 4, 2, 7], name="no room to cool down"),
    ]


def hidden(rng):
    cases = [
        case([], name="no days"),
        case([5, 4, 3, 2, 1], name="falling prices"),
        case([3, 3, 3], name="flat prices"),
        case([1, 5], name="two days"),
        case([1, 5, 1, 5], name="sale then immediate buy is banned"),
        case([1, 5, 2, 1, 6], name="skip a day then buy"),
        case([6, 1, 3, 2, 4, 7], name="one long trade beats two"),
        case([2, 1, 4, 5, 2, 9, 7], name="two trades around a dip"),
        case([1, 2, 4, 1, 7, 1, 9, 4, 6], name="alternating swings"),
    ]
    for n in (10, 60, 500):
        cases.append(case([int(v) for v in rng.integers(0, 10_001, size=n)], name=f"random {n}"))
    cases.append(case([int(v) for v in rng.integers(0, 5, size=100)], name="small prices"))
    return cases


def scaling_input(n, rng):
    return case([int(v) for v in rng.integers(0, 10_001, size=n)])


def check_case(args, kwargs):
    (prices,) = args
    assert len(prices) <= 100_000, "at most 100000 days"
    assert all(type(p) is int and 0 <= p <= 10_000 for p in prices), "prices are integers in [0, 10000]"
