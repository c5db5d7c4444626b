import numpy as np
import pandas as pd

from offerloop.judge.cases import case, frame


def _sales(stores, stamps, amounts):
    return frame({"store": stores, "ts": pd.to_datetime(stamps), "amount": amounts})


def visible():
    return [case(_sales(["north", "south", "north", "north"],
                        ["2024-03-01 09:00", "2024-03-01 10:00", "2024-03-01 17:30", "2024-03-04 08:15"],
                        [10.0, 4.0, 6.0, 2.0]), name="two stores")]


def _random(rng, n, stores):
    base = np.datetime64("2024-01-01T00:00")
    minutes = rng.integers(0, 6 * 24 * 60, size=n)
    return _sales(rng.choice(stores, size=n).tolist(), (base + minutes.astype("timedelta64[m]")).astype(str).tolist(),
                  rng.integers(100, 10_000, size=n) / 100)


def hidden(rng):
    return [
        case(_sales(["solo"], ["2024-05-05 23:59"], [7.25]), name="one sale"),
        case(_sales(["b", "a", "b"], ["2024-05-05 00:00", "2024-05-05 12:00", "2024-05-05 23:59"], [1.0, 2.0, 3.0]),
             name="same day at midnight and just before the next"),
        case(_sales(["b", "b", "a"], ["2024-05-05 23:59", "2024-05-06 00:00", "2024-05-06 00:01"], [1.0, 1.0, 5.0]),
             name="one minute apart on two days"),
        case(_random(rng, 25, ["z", "m", "a", "k"]), name="random"),
        case(_random(rng, 12, ["x", "y"]), name="random, two stores"),
    ]


def check_case(args, kwargs):
    (sales,) = args
    assert len(sales) >= 1, "the prompt promises at least one sale"
    assert list(sales.columns) == ["store", "ts", "amount"], "the prompt names three columns"
    assert not sales.isna().any().any(), "the prompt promises no missing values"


# No float decision boundary (sums and means compared with a tolerance, cents as amounts), and
# pandas is slow to sweep: a few seeds show an alternative that disagrees.
SWEEP_SEEDS = 10
