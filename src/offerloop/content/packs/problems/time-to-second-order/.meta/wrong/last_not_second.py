import pandas as pd


def second_order_gap(orders):
    g = orders.groupby("customer")["ts"]
    out = pd.DataFrame({"first_order": g.min(), "n_orders": g.size()})
    out.insert(1, "second_order", g.max().where(out["n_orders"] > 1))
    out.insert(2, "hours_to_second", (out["second_order"] - out["first_order"]).dt.total_seconds() / 3600)
    out.index.name = "customer"
    return out
