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
