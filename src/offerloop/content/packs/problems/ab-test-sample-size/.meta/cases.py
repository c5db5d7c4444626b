from offerloop.judge.cases import case


def visible():
    return [
        case(0.10, 0.12, name="10% to 12%"),
        case(0.5, 0.6, name="50% to 60%"),
    ]


def hidden(rng):
    cases = [
        case(0.20, 0.21, name="a one-point lift"),
        case(0.30, 0.25, name="a decrease"),
        case(0.01, 0.015, alpha=0.01, power=0.9, name="rare conversions, strict settings"),
        case(0.05, 0.95, name="a huge effect"),
        case(0.4, 0.45, power=0.95, name="high power"),
    ]
    for _ in range(3):
        p1 = round(float(rng.uniform(0.02, 0.6)), 3)
        p2 = round(p1 * float(rng.uniform(1.05, 1.5)), 3)
        cases.append(case(p1, p2, name=f"{p1} to {p2}"))
    return cases
