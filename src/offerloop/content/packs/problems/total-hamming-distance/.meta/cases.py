from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary


def visible():
    return [
        case([4, 14, 2], name="three numbers"),
        case([4, 14, 4], name="a repeated value"),
        case([7], name="one number"),
    ]


def hidden(rng):
    cases = [
        case([], name="no numbers"),
        case([0, 0], name="two zeros"),
        case([0, 2**30 - 1], name="every bit differs"),
        case([2**29, 0, 2**29], name="only the top bit"),
        case([1, 2, 4, 8, 16], name="powers of two"),
        case([5] * 10, name="all equal"),
    ]
    for n in (5, 60, 700):
        cases.append(case([int(v) for v in rng.integers(0, 2**30, size=n)], name=f"random {n}"))
    cases.append(case([int(v) for v in rng.integers(2**29, 2**30, size=50)], name="top bit always set"))
    cases.append(case([int(v) for v in rng.integers(0, 8, size=100)], name="small values"))
    return cases


def scaling_input(n, rng):
    return case([int(v) for v in rng.integers(0, 2**30, size=n)])


def check_case(args, kwargs):
    (nums,) = args
    assert len(nums) <= 100_000, "at most 100000 numbers"
    assert all(type(v) is int and 0 <= v < 2**30 for v in nums), "values are integers in [0, 2^30)"
