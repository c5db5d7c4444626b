import numpy as np
import pandas as pd

from offerloop.judge.cases import case, frame


def _sales(dates, categories, revenue):
    return frame({"date": pd.to_datetime(dates), "category": categories, "revenue": revenue})


def visible():
    return [case(_sales(["2024-01-15", "2024-03-02", "2024-01-20", "2024-03-31"], ["toys", "books", "toys", "toys"],
                        [10.0, 4.5, 5.0, 1.0]), name="a month without sales")]


def _random(rng, n, cats, days):
    d = np.datetime64("2023-11-01") + rng.integers(0, days, size=n)
    return _sales([str(x) for x in d], rng.choice(cats, size=n).tolist(), (rng.integers(1, 20_000, size=n) / 100).tolist())


def hidden(rng):
    return [
        case(_sales(["2024-05-31"], ["a"], [2.5]), name="one sale"),
        case(_sales(["2023-12-31", "2024-01-01"], ["b", "a"], [1.0, 2.0]), name="across a year end"),
        case(_sales(["2024-01-01", "2024-06-30"], ["z", "z"], [1.0, 1.0]), name="four empty months between"),
        case(_sales(["2024-02-29", "2024-02-01", "2024-02-15"], ["m", "k", "m"], [1.0, 2.0, 3.0]), name="leap day"),
        case(_random(rng, 30, ["books", "games", "toys"], 150), name="random"),
        case(_random(rng, 6, ["x", "y", "w", "v"], 400), name="random, sparse"),
    ]


def check_case(args, kwargs):
    (sales,) = args
    assert len(sales) >= 1 and not sales.isna().any().any(), "at least one sale, nothing missing"


# Sums compared with a tolerance; months are exact.
SWEEP_SEEDS = 10
