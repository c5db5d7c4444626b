from offerloop.judge.cases import case


def visible():
    return [
        case([0.5, 0.5], [0.9, 0.1], name="two outcomes"),
        case([0.5, 0.5, 0.0], [0.25, 0.25, 0.5], name="a zero in p"),
    ]


def hidden(rng):
    cases = [
        case([1.0], [1.0], name="a single certain outcome"),
        case([0.2, 0.8], [0.2, 0.8], name="identical distributions"),
        case([0.5, 0.5], [1.0, 0.0], name="q rules out an event p allows"),
        case([0.0, 1.0], [0.5, 0.5], name="p is certain"),
        case([1e-300, 1.0 - 1e-300], [0.5, 0.5], name="a tiny probability"),
        case([0.7, 0.3, 0.0], [0.0, 0.5, 0.5], name="inf from the first entry"),
    ]
    for n in (5, 50):
        p = rng.dirichlet([0.5] * n)
        q = rng.dirichlet([2.0] * n)
        cases.append(case(p.tolist(), q.tolist(), name=f"random n={n}"))
    return cases
