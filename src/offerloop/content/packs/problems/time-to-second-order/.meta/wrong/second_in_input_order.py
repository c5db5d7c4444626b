import pandas as pd


def second_order_gap(orders):
    g = orders.groupby("customer")["ts"]
    out = pd.DataFrame({"first_order": g.min(), "n_orders": g.size()})
    second = orders.loc[g.cumcount() == 1].set_index("customer")["ts"]
    out.insert(1, "second_order", second.reindex(out.index))
    out.insert(2, "hours_to_second", (out["second_order"] - out["first_order"]).dt.total_seconds() / 3600)
    out.index.name = "customer"
    return out
