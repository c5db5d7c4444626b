import numpy as np

from offerloop.judge.cases import case

SECRET = np.array([3.25, -7.5, 11.0, 42.125])  # the hidden input a cheater would love to find


def visible():
    return [case(np.arange(4.0), name="four numbers")]


def hidden(rng):
    # A big input first: a child that stops reading makes the judge's write of it block.
    return [case(rng.normal(size=100_000), name="big"), case(SECRET, name="the secret"),
            case(rng.normal(size=6), name="random")]
