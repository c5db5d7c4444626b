from offerloop.judge.cases import case


def visible():
    return [
        case(200, 1000, 250, 1000, name="20% against 25%"),
        case(30, 100, 30, 100, name="equal rates"),
    ]


def hidden(rng):
    cases = [
        case(0, 50, 5, 50, name="no conversions in A"),
        case(90, 300, 60, 200, z=1.6448536269514722, name="a 90% interval"),
        case(5000, 100000, 5600, 100000, name="large groups"),
        case(1, 3, 2, 3, name="tiny groups"),
        case(40, 40, 20, 40, name="everyone converts in A"),
    ]
    for _ in range(3):
        n_a, n_b = int(rng.integers(50, 5000)), int(rng.integers(50, 5000))
        cases.append(case(int(rng.binomial(n_a, 0.1)), n_a, int(rng.binomial(n_b, 0.13)), n_b, name=f"random {n_a} vs {n_b}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: counts with 0 <= successes <= n and n >= 1 in each group, z > 0."""
    s_a, n_a, s_b, n_b = args
    for name, s, n in (("A", s_a, n_a), ("B", s_b, n_b)):
        assert type(s) is int and type(n) is int, f"group {name}: successes and n must be integers"
        assert n >= 1 and 0 <= s <= n, f"group {name}: {s} successes of {n}"
    z = kwargs.get("z", 1.959963984540054)
    assert z > 0, f"z = {z!r} must be positive"
