import pandas as pd


def second_order_gap(orders):
    s = orders.sort_values(["customer", "ts"])
    g = s.groupby("customer")["ts"]
    out = pd.DataFrame({"first_order": g.min(), "n_orders": g.size()})
    second = s.loc[g.cumcount() == 1].set_index("customer")["ts"]
    out.insert(1, "second_order", second.reindex(out.index))
    out.insert(2, "hours_to_second", ((out["second_order"] - out["first_order"]).dt.days * 24).astype(float))
    out.index.name = "customer"
    return out
