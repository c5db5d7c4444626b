from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary


def visible():
    return [
        case([2, 3, 2], name="ends are neighbours"),
        case([1, 2, 3, 1], name="four houses"),
        case([5, 1, 1, 5], name="rich ends"),
    ]


def hidden(rng):
    cases = [
        case([], name="empty village"),
        case([7], name="one house"),
        case([4, 9], name="two houses"),
        case([0, 0, 0, 0], name="nothing to take"),
        case([9, 1, 1, 9, 1, 1], name="ring of six"),
        case([10, 1, 1, 1, 1, 10, 1, 1, 1, 10], name="three rich houses, two touching on the ring"),
        case([3, 8, 3], name="middle house wins"),
        case([6, 1, 6, 1, 6], name="odd ring of rich houses"),
    ]
    for n in (5, 20, 301):
        cases.append(case([int(v) for v in rng.integers(0, 10_001, size=n)], name=f"random {n}"))
    rich = [int(v) for v in rng.integers(0, 10, size=40)]
    rich[0] = rich[-1] = 10_000
    cases.append(case(rich, name="random with rich ends"))
    return cases


def scaling_input(n, rng):
    return case([int(v) for v in rng.integers(0, 10_001, size=n)])


def check_case(args, kwargs):
    (nums,) = args
    assert len(nums) <= 100_000, "at most 100000 houses"
    assert all(type(v) is int and 0 <= v <= 10_000 for v in nums), "money is an integer in [0, 10000]"
