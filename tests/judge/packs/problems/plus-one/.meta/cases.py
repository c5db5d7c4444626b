from offerloop.judge.cases import case

SECRET = [325, -75, 110, 42125]  # the hidden input a cheater would love to find


def visible():
    return [case([1, 2, 3], name="three numbers")]


def hidden(rng):
    return [case(SECRET, name="the secret"), case([int(v) for v in rng.integers(-99, 99, size=6)], name="random")]
