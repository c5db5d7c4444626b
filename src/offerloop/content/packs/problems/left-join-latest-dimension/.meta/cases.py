import numpy as np
import pandas as pd

from offerloop.judge.cases import case, frame


def _orders(order_ids, customer_ids, amounts, index=None):
    return frame({"order_id": order_ids, "customer_id": customer_ids, "amount": amounts}, index=index)


def _customers(customer_ids, days, segments):
    return frame({"customer_id": customer_ids,
                  "updated": pd.to_datetime([str(np.datetime64("2024-01-01") + int(d)) for d in days]),
                  "segment": segments})


def visible():
    return [case(_orders([1, 2, 3], [10, 20, 10], [5.0, 7.5, 2.0], index=["a", "b", "c"]),
                 _customers([10, 10, 30], [121, 0, 31], ["gold", "silver", "bronze"]), name="a history and an absent customer")]


def _random(rng, n_orders, n_customers):
    segs = ["gold", "silver", "bronze", "new"]
    rows = []
    for c in range(1, n_customers + 1):
        days = rng.choice(365, size=int(rng.integers(1, 4)), replace=False)
        rows += [(c * 10, int(d), segs[int(rng.integers(4))]) for d in days]
    order = rng.permutation(len(rows))
    customers = _customers([rows[i][0] for i in order], [rows[i][1] for i in order], [rows[i][2] for i in order])
    cids = (rng.integers(1, n_customers + 3, size=n_orders) * 10).tolist()  # some absent
    orders = _orders(rng.permutation(n_orders).tolist(), cids, (rng.integers(100, 9999, size=n_orders) / 100).tolist(),
                     index=(rng.permutation(n_orders) * 5 + 3).tolist())
    return orders, customers


def hidden(rng):
    return [
        case(_orders([1], [7], [1.0]), _customers([8], [0], ["gold"]), name="no customer matches"),
        case(_orders([1, 2], [7, 7], [1.0, 2.0]), _customers([7, 7, 7], [5, 9, 1], ["a", "c", "b"]),
             name="three records, latest in the middle"),
        case(_orders([5, 6], [1, 2], [3.0, 4.0], index=[9, 8]), _customers([2, 1], [0, 0], ["x", "y"]),
             name="one record each, index kept"),
        case(*_random(rng, 12, 5), name="random"),
        case(*_random(rng, 8, 3), name="random, small"),
    ]


def check_case(args, kwargs):
    orders, customers = args
    assert orders.index.is_unique, "order index labels are unique"
    assert not customers.duplicated(["customer_id", "updated"]).any(), "no two records of a customer at the same time"


# Copied labels only: nothing numeric decides the answer.
SWEEP_SEEDS = 10
