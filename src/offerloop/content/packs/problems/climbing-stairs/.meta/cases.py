from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary


def visible():
    return [
        case(3, [1, 2], name="one and two"),
        case(5, [2], name="odd height, only even moves"),
        case(4, [1, 3], name="one and three"),
    ]


def hidden(rng):
    cases = [
        case(0, [1, 2], name="no steps to climb"),
        case(1, [2, 3], name="shorter than every move"),
        case(10, [3, 1, 2], name="unsorted sizes"),
        case(45, [1, 2], name="Fibonacci, before the modulus bites"),
        case(1000, [1, 2], name="Fibonacci, past the modulus"),
        case(7, [7], name="one move of the full height"),
        case(30, [5, 10], name="only multiples of five"),
    ]
    for _ in range(4):
        k = int(rng.integers(1, 5))
        steps = sorted({int(v) for v in rng.integers(1, 12, size=k)})
        cases.append(case(int(rng.integers(0, 400)), steps, name=f"random {len(steps)} sizes"))
    return cases


def scaling_input(n, rng):
    return case(n, [1, 2, 3])


def check_case(args, kwargs):
    n, steps = args
    assert type(n) is int and 0 <= n <= 100_000, "n is an integer in [0, 100000]"
    assert 1 <= len(steps) <= 10, "1 to 10 step sizes"
    assert all(type(s) is int and s > 0 for s in steps), "step sizes are positive integers"
    assert len(set(steps)) == len(steps), "step sizes are distinct"
