import numpy as np
import pandas as pd

from offerloop.judge.cases import case, frame


def _txns(customers, stamps, amounts, index=None):
    return frame({"customer": customers, "ts": pd.to_datetime(stamps), "amount": amounts}, index=index)


def visible():
    return [case(_txns(["a", "b", "a", "a", "a"], ["2024-01-08", "2024-01-02", "2024-01-01", "2024-01-09", "2024-01-03"],
                       [1.0, 2.0, 4.0, 8.0, 16.0], index=[10, 11, 12, 13, 14]), name="one customer's week")]


def _random(rng, customers, n):
    # Whole minutes over about a month: distinct per customer, some exactly 7 days apart.
    rows = []
    for c in customers:
        k = int(rng.integers(1, n))
        minutes = rng.choice(30 * 24 * 60 // 360, size=k, replace=False) * 360  # multiples of 6 hours
        rows += [(c, int(m)) for m in minutes]
    order = rng.permutation(len(rows))
    base = np.datetime64("2024-02-01T00:00", "m")
    stamps = [str(base + np.timedelta64(rows[i][1], "m")) for i in order]
    amounts = (rng.integers(1, 50_000, size=len(rows)) / 100).tolist()
    index = (rng.permutation(len(rows)) + 1000).tolist()
    return _txns([rows[i][0] for i in order], stamps, amounts, index=index)


def hidden(rng):
    return [
        case(_txns(["x"], ["2024-01-01 12:00"], [5.0]), name="a single transaction"),
        case(_txns(["x", "x"], ["2024-01-08 12:00", "2024-01-01 12:00"], [1.0, 2.0]), name="exactly 7 days apart"),
        case(_txns(["x", "x"], ["2024-01-08 12:01", "2024-01-01 12:00"], [1.0, 2.0]), name="7 days and a minute apart"),
        case(_txns(["x", "y", "x"], ["2024-01-02", "2024-01-01", "2024-01-03"], [1.0, 100.0, 3.0], index=["p", "q", "r"]),
             name="another customer's spend stays out"),
        case(_random(rng, ["c1", "c2", "c3"], 12), name="random"),
        case(_random(rng, ["solo"], 20), name="random, one customer"),
    ]


def check_case(args, kwargs):
    (txns,) = args
    assert txns.index.is_unique, "index labels are unique"
    assert not txns.duplicated(["customer", "ts"]).any(), "a customer never has two transactions at the same time"
    assert not txns.isna().any().any(), "nothing is missing"


# Window edges are exact (whole minutes); sums are compared with a tolerance.
SWEEP_SEEDS = 10
