import pandas as pd


def second_order_gap(orders):
    s = orders.sort_values(["customer", "ts"])
    g = s.groupby("customer")["ts"]
    first, second = g.nth(0), g.nth(1)
    out = pd.DataFrame({"first_order": first.to_numpy()}, index=s.loc[first.index, "customer"])
    out = out.loc[out.index.isin(s.loc[second.index, "customer"])]
    out["second_order"] = second.to_numpy()
    out["hours_to_second"] = (out["second_order"] - out["first_order"]).dt.total_seconds() / 3600
    out["n_orders"] = g.size().reindex(out.index).astype("int64")
    out.index.name = "customer"
    return out
