from offerloop.judge.cases import case


def visible():
    return [case(3, name="three positions"), case(4, window=2, name="window of two")]


def hidden(rng):
    cases = [
        case(1, name="a single position"),
        case(5, window=1, name="window 1: only itself"),
        case(4, window=10, name="window longer than the sequence"),
        case(6, window=3, name="window 3"),
    ]
    n = int(rng.integers(7, 20))
    cases.append(case(n, name=f"n = {n}"))
    cases.append(case(n, window=int(rng.integers(2, n)), name=f"n = {n}, random window"))
    return cases
