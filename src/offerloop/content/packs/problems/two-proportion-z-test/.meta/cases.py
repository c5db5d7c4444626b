from offerloop.judge.cases import case


def visible():
    return [
        case(200, 1000, 250, 1000, name="20% against 25%"),
        case(30, 100, 30, 100, name="equal rates"),
    ]


def hidden(rng):
    cases = [
        case(0, 50, 0, 70, name="no conversions anywhere"),
        case(40, 40, 25, 25, name="everyone converts"),
        case(90, 300, 60, 300, name="B is worse: negative z"),
        case(1, 2, 2, 3, name="tiny groups"),
        case(5000, 100000, 5600, 100000, name="large groups, a 0.6-point lift"),
        case(100, 10000, 400, 10000, name="a huge effect: p far in the tail"),
        case(0, 100, 10, 100, name="zero conversions in A only"),
    ]
    for _ in range(3):
        n_a, n_b = int(rng.integers(50, 5000)), int(rng.integers(50, 5000))
        cases.append(case(int(rng.binomial(n_a, 0.1)), n_a, int(rng.binomial(n_b, 0.12)), n_b, name=f"random {n_a} vs {n_b}"))
    return cases


SWEEP_SEEDS = 50  # integer counts: the one boundary (a pooled rate of 0 or 1) is exact


def check_case(args, kwargs):
    """The prompt's promise: integer counts with 0 <= successes <= n and n >= 1 in each group."""
    s_a, n_a, s_b, n_b = args
    for name, s, n in (("A", s_a, n_a), ("B", s_b, n_b)):
        assert type(s) is int and type(n) is int, f"group {name}: successes and n must be integers"
        assert n >= 1 and 0 <= s <= n, f"group {name}: {s} successes of {n}"
