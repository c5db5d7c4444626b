from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary


def visible():
    return [
        case([10, 15, 20], name="three steps"),
        case([1, 100, 1, 1, 1, 100, 1, 1, 100, 1], name="skip the expensive steps"),
        case([5, 5], name="two steps"),
    ]


def hidden(rng):
    cases = [
        case([0, 0], name="free steps"),
        case([7, 3], name="two steps, second cheaper"),
        case([0, 1, 100, 1], name="cheap step into an expensive one"),
        case([1, 2, 3, 4, 5, 6], name="rising costs"),
        case([9, 1, 9, 1, 9, 1, 9], name="alternating"),
        case([3, 2, 1000, 1000, 2, 3], name="must jump over an expensive pair"),
        case([50] + [0] * 40, name="expensive first step"),
    ]
    for n in (10, 60, 500):
        cases.append(case([int(v) for v in rng.integers(0, 1001, size=n)], name=f"random {n}"))
    cases.append(case([int(v) for v in rng.integers(0, 5, size=200)], name="random small costs"))
    return cases


def scaling_input(n, rng):
    return case([int(v) for v in rng.integers(0, 1001, size=n)])


def check_case(args, kwargs):
    (cost,) = args
    assert 2 <= len(cost) <= 100_000, "between 2 and 100000 steps"
    assert all(type(c) is int and 0 <= c <= 1000 for c in cost), "costs are integers in [0, 1000]"
