import pandas as pd


def second_order_gap(orders: pd.DataFrame) -> pd.DataFrame:
    s = orders.sort_values(["customer", "ts"])
    g = s.groupby("customer")["ts"]
    out = pd.DataFrame({"first_order": g.min(), "n_orders": g.size()})
    rank = g.cumcount()
    second = s.loc[rank == 1].set_index("customer")["ts"]
    out.insert(1, "second_order", second.reindex(out.index))
    out.insert(2, "hours_to_second", (out["second_order"] - out["first_order"]).dt.total_seconds() / 3600)
    out["n_orders"] = out["n_orders"].astype("int64")
    out.index.name = "customer"
    return out
