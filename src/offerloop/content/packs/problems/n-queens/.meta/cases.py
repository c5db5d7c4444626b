from offerloop.judge.cases import case

SWEEP_SEEDS = 10  # the input is one small integer: few distinct cases


def visible():
    return [
        case(4, name="four queens"),
        case(1, name="one queen"),
    ]


def hidden(rng):
    cases = [case(n, name=f"{n} queens") for n in (2, 3, 5, 6, 8)]
    cases.append(case(int(rng.integers(7, 10)), name="a random board of 7 to 9"))
    return cases


def scaling_input(n, rng):
    return case(n)


def check_case(args, kwargs):
    (n,) = args
    assert type(n) is int and 1 <= n <= 9, "1 <= n <= 9"
