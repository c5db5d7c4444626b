import numpy as np
import pandas as pd

from offerloop.judge.cases import case, frame

T0 = np.datetime64("2024-03-01T00:00", "m")


def _orders(cids, minutes, amounts, cats):
    return frame({"customer_id": cids, "ts": pd.to_datetime([str(T0 + np.timedelta64(int(m), "m")) for m in minutes]),
                  "amount": amounts, "category": cats})


def _customers(ids):
    return frame({"customer_id": ids})


def visible():
    return [case(_orders([1, 1, 2, 1], [600, 4 * 1440 + 540, 1440 + 720, 9 * 1440], [10.0, 30.0, 5.0, 99.0], ["a", "b", "a", "c"]),
                 _customers([3, 2, 1]), "2024-03-10", name="an order at the cutoff and a customer without orders")]


def _random(rng, n_customers, n_orders):
    cids = rng.integers(1, n_customers + 3, size=n_orders).tolist()  # some order-only ids are not scored
    minutes = rng.integers(0, 20 * 1440, size=n_orders).tolist()
    amounts = (rng.integers(100, 20_000, size=n_orders) / 100).tolist()
    cats = rng.choice(["books", "food", "toys"], size=n_orders).tolist()
    cutoff = str(np.datetime64("2024-03-01") + int(rng.integers(3, 18)))
    return _orders(cids, minutes, amounts, cats), _customers(rng.permutation(np.arange(1, n_customers + 1)).tolist()), cutoff


def hidden(rng):
    return [
        case(_orders([1], [0], [5.0], ["a"]), _customers([1]), "2024-03-01", name="the only order is at the cutoff"),
        case(_orders([1], [1439], [5.0], ["a"]), _customers([1]), "2024-03-02", name="a minute before midnight: 1 day"),
        case(_orders([7, 7], [0, 60], [1.0, 2.0], ["x", "x"]), _customers([7, 8]), "2024-03-05",
             name="one category twice, and an unseen customer"),
        case(_orders([9], [0], [1.0], ["x"]), _customers([1, 2]), "2024-04-01", name="orders only from customers not scored"),
        case(*_random(rng, 5, 20), name="random"),
        case(*_random(rng, 3, 8), name="random, small"),
    ]


def check_case(args, kwargs):
    orders, customers, cutoff = args
    assert customers["customer_id"].is_unique, "customers are unique"
    assert len(cutoff) == 10, "cutoff is a YYYY-MM-DD string"


# Sums and means compared with a tolerance; the cutoff edge is exact (whole minutes).
SWEEP_SEEDS = 10
