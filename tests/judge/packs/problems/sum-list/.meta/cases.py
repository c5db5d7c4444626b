from offerloop.judge.cases import case


def visible():
    return [case([1, 2, 3], name="three")]


def hidden(rng):
    return [case([], name="empty"), case([int(v) for v in rng.integers(-100, 100, size=50)], name="random")]


def scaling_input(n, rng):
    return case([int(v) for v in rng.integers(-1000, 1000, size=n)])
