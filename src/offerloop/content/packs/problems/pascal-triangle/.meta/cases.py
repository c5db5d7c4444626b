from offerloop.judge.cases import case

SWEEP_SEEDS = 20  # integers only, no float boundary, one right answer


def visible():
    return [case(5, name="five rows"), case(1, name="one row")]


def hidden(rng):
    cases = [
        case(0, name="no rows"),
        case(2, name="two rows"),
        case(3, name="three rows"),
        case(60, name="the largest n"),
    ]
    for k in (4, 10, 30):
        cases.append(case(int(rng.integers(k, 2 * k)), name=f"random n from {k}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: 0 <= n <= 60."""
    (n,) = args
    assert type(n) is int and 0 <= n <= 60, "n is an integer in 0..60"
