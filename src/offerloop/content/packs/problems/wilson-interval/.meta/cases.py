from offerloop.judge.cases import case


def visible():
    return [
        case(0, 10, name="no successes"),
        case(45, 100, name="45 of 100"),
    ]


def hidden(rng):
    cases = [
        case(1, 1, name="a single success"),
        case(20, 20, name="all successes"),
        case(5, 10, z=1.0, name="a custom z"),
        case(3, 1_000_000, name="a rare event in a large sample"),
        case(999_999, 1_000_000, name="almost always"),
    ]
    for _ in range(4):
        n = int(rng.integers(1, 5000))
        cases.append(case(int(rng.integers(0, n + 1)), n, name=f"random n={n}"))
    return cases


SWEEP_SEEDS = 50  # integer counts and a fixed z: no float boundary


def check_case(args, kwargs):
    """The prompt's promise: integers n >= 1 and 0 <= successes <= n, z > 0."""
    successes, n = args
    z = kwargs.get("z", 1.959963984540054)
    assert type(successes) is int and type(n) is int, "successes and n must be integers"
    assert n >= 1 and 0 <= successes <= n, f"{successes} successes of {n}"
    assert z > 0, f"z = {z!r} must be positive"
