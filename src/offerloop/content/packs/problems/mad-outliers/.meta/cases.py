import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([10.0, 11.0, 12.0, 11.0, 10.0, 50.0], name="one large value"),
        case([1.0, 2.0, 3.0, 4.0], name="no outliers"),
    ]


def hidden(rng):
    cases = [
        case([5.0], name="a single value"),
        case([3.0, 3.0, 3.0, 3.0, 9.0], name="MAD = 0"),
        case([1.0, 2.0, 3.0, 4.0, 100.0, 120.0, 3.0, 2.0], threshold=2.0, name="two outliers mask a mean-based score"),
        case([0.0, 1.0, 2.0, 3.0, 10.0], threshold=5.0, name="a custom threshold"),
        case([-1e9, 0.0, 1.0, 2.0, 1.0], name="a huge negative value"),
    ]
    for n in (30, 200):
        x = rng.normal(size=n)
        x[:3] = [8.0, -9.0, 12.0]
        cases.append(case(x.tolist(), name=f"normal data with planted outliers n={n}"))
    return cases
