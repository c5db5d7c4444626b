from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary


def visible():
    return [
        case(10, name="between two squares"),
        case(16, name="a perfect square"),
        case(0, name="zero"),
    ]


def hidden(rng):
    cases = [
        case(1, name="one"),
        case(2, name="two"),
        case(3, name="three"),
        case(4, name="four"),
        case(99, name="just below a square"),
        case(10**18, name="the largest x"),
        case(10**18 - 1, name="just below 10**18: floats round up"),
        case(999999999 * 999999999 - 1, name="one below a large square"),
        case(2**52 + 2**27, name="around 2**52"),
    ]
    r = int(rng.integers(10**8, 10**9))
    cases.append(case(r * r - 1, name="random large square minus one"))
    cases.append(case(r * r + 2 * r, name="random large square plus 2r"))
    for hi in (10**3, 10**9, 10**18):
        cases.append(case(int(rng.integers(0, hi, dtype="int64")), name=f"random below {hi}"))
    return cases


def check_case(args, kwargs):
    (x,) = args
    assert type(x) is int and 0 <= x <= 10**18, "0 <= x <= 10**18"
