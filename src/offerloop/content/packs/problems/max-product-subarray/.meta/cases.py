from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary


def visible():
    return [
        case([2, 3, -2, 4], name="a negative splits the run"),
        case([-2, 0, -1], name="zero is best"),
        case([-2, 3, -4], name="two negatives cancel"),
    ]


def hidden(rng):
    cases = [
        case([-3], name="one negative"),
        case([0], name="one zero"),
        case([7], name="one positive"),
        case([-1, -1], name="two minus ones"),
        case([-2, -3, -4], name="three negatives"),
        case([0, -5, 0, -6, 0], name="negatives fenced by zeros"),
        case([2, -5, -2, -4, 3], name="drop the first factor"),
        case([1, -2, 3, 0, 4, -1, -6, 2], name="best after a zero"),
        case([10] * 30, name="big exact product"),
    ]
    for n in (6, 40, 500):
        cases.append(case([int(v) for v in rng.integers(-10, 11, size=n)], name=f"random {n}"))
    cases.append(case([int(v) for v in rng.integers(-3, 4, size=80) if v != 0], name="random without zeros"))
    return cases


def scaling_input(n, rng):
    # Mostly +-1 with a few +-2 and rare zeros: long runs, yet products stay modest integers.
    values = [1, -1, 2, -2, 0]
    picks = rng.choice(5, size=n, p=[0.485, 0.485, 0.0125, 0.0125, 0.005])
    return case([values[int(k)] for k in picks])


def check_case(args, kwargs):
    (nums,) = args
    assert 1 <= len(nums) <= 100_000, "1 to 100000 values"
    assert all(type(v) is int and -10 <= v <= 10 for v in nums), "values are integers in [-10, 10]"
