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


def check_case(args, kwargs):
    """The prompt's promise: 0 < p1, p2 < 1 with p1 != p2, 0 < alpha < 1, 0 < power < 1, and n clear of an integer."""
    import math
    from statistics import NormalDist

    p1, p2 = args[:2]
    alpha = args[2] if len(args) > 2 else kwargs.get("alpha", 0.05)
    power = args[3] if len(args) > 3 else kwargs.get("power", 0.8)
    assert 0 < p1 < 1 and 0 < p2 < 1 and p1 != p2, f"rates {p1}, {p2}: both in (0, 1) and different"
    assert 0 < alpha < 1 and 0 < power < 1, f"alpha {alpha}, power {power}: both in (0, 1)"
    z_a, z_b = NormalDist().inv_cdf(1 - alpha / 2), NormalDist().inv_cdf(power)
    p_bar = (p1 + p2) / 2
    n = (z_a * math.sqrt(2 * p_bar * (1 - p_bar)) + z_b * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2 / (p1 - p2) ** 2
    # Rounding up is a decision boundary: n a hair from an integer would depend on how Phi^-1 is computed.
    frac = n - math.floor(n)
    assert 1e-6 < frac < 1 - 1e-6, f"n = {n!r} is within 1e-6 of an integer, so rounding up is ambiguous"
