import numpy as np
import pandas as pd

from offerloop.judge.cases import case, frame


def _orders(stamps, amounts):
    return frame({"ts": pd.to_datetime(stamps), "amount": amounts})


def visible():
    return [case(_orders(["2024-05-06 09:00", "2024-05-12 23:30", "2024-05-20 00:00", "2024-05-07 13:00"],
                         [10.0, 20.0, 5.0, 30.0]), name="an empty week in the middle")]


def _random(rng, n, days):
    minutes = rng.integers(0, days * 24 * 60, size=n)
    stamps = [str(np.datetime64("2024-02-20T00:00") + np.timedelta64(int(m), "m")) for m in minutes]
    return _orders(stamps, (rng.integers(100, 50_000, size=n) / 100).tolist())


def hidden(rng):
    return [
        case(_orders(["2024-05-08 12:00"], [3.5]), name="one order on a Wednesday"),
        case(_orders(["2024-05-12 23:59", "2024-05-13 00:00"], [1.0, 2.0]), name="Sunday night and Monday midnight"),
        case(_orders(["2024-12-30 10:00", "2025-01-05 10:00", "2024-12-29 10:00"], [1.0, 2.0, 4.0]),
             name="a week across the new year"),
        case(_orders(["2024-03-04 00:00", "2024-03-31 00:00"], [5.0, 5.0]), name="three empty weeks"),
        case(_random(rng, 20, 40), name="random"),
        case(_random(rng, 5, 60), name="random, sparse"),
    ]


def check_case(args, kwargs):
    (orders,) = args
    assert len(orders) >= 1 and not orders.isna().any().any(), "at least one order, nothing missing"


# Sums and means compared with a tolerance; week edges are exact minutes.
SWEEP_SEEDS = 10
