from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary


def visible():
    return [
        case(1, name="lowest bit"),
        case(6, name="small number"),
        case(4294967295, name="all ones"),
    ]


def hidden(rng):
    cases = [
        case(0, name="zero"),
        case(2147483648, name="highest bit"),
        case(43261596, name="mixed bits"),
        case(0x0000FFFF, name="low half"),
        case(0xF0000000, name="top nibble"),
        case(0xAAAAAAAA, name="alternating"),
        case(3, name="two low bits"),
    ]
    for _ in range(6):
        cases.append(case(int(rng.integers(0, 2**32)), name="random word"))
    cases.append(case(int(rng.integers(0, 2**12)), name="random short word"))
    return cases


def check_case(args, kwargs):
    (x,) = args
    assert type(x) is int and 0 <= x < 2**32, "x is an unsigned 32-bit integer"
