from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary


def visible():
    return [
        case(2, name="up to two"),
        case(5, name="up to five"),
        case(0, name="only zero"),
    ]


def hidden(rng):
    cases = [
        case(1, name="zero and one"),
        case(8, name="up to a power of two"),
        case(15, name="up to all ones"),
        case(64, name="past a power of two"),
        case(1023, name="ten bits"),
    ]
    for _ in range(3):
        cases.append(case(int(rng.integers(100, 5000)), name="random bound"))
    return cases


def scaling_input(n, rng):
    return case(n)


def check_case(args, kwargs):
    (n,) = args
    assert type(n) is int and 0 <= n <= 1_000_000, "n is an integer in [0, 1000000]"
