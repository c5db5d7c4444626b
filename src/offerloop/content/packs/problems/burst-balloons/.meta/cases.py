from offerloop.judge.cases import case

SWEEP_SEEDS = 30  # integers only, no float boundary


def visible():
    return [
        case([3, 1, 5, 8], name="four balloons"),
        case([1, 5], name="two balloons"),
        case([], name="no balloons"),
    ]


def hidden(rng):
    cases = [
        case([7], name="one balloon"),
        case([0, 0, 0], name="all zeros"),
        case([2, 0, 3], name="a zero in the middle"),
        case([9, 76, 64, 21], name="largest is not burst last"),
        case([1, 1, 1, 1, 1], name="all ones"),
        case([8, 2, 6, 8, 9, 8, 1, 4, 1, 5, 3, 0, 7, 7, 0, 4, 2], name="seventeen balloons"),
        case([5, 4, 3, 2, 1, 2, 3, 4, 5], name="valley"),
    ]
    for n in (6, 11, 40):
        cases.append(case([int(v) for v in rng.integers(0, 101, size=n)], name=f"random {n}"))
    cases.append(case([int(v) for v in rng.integers(0, 4, size=12)], name="small numbers"))
    return cases


def scaling_input(n, rng):
    return case([int(v) for v in rng.integers(0, 101, size=n)])


def check_case(args, kwargs):
    (nums,) = args
    assert len(nums) <= 200, "at most 200 balloons"
    assert all(type(v) is int and 0 <= v <= 100 for v in nums), "numbers are integers in [0, 100]"
