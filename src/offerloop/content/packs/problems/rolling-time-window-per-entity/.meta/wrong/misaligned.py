def spend_last_7_days(txns):
    s = txns.sort_values(["customer", "ts"])
    window = s.groupby("customer").rolling("7D", on="ts", closed="left")["amount"]
    out = txns.copy()
    # The sorted results written onto the rows in input order.
    out["spend_7d"] = window.sum().fillna(0.0).to_numpy()
    out["n_7d"] = window.count().fillna(0).astype(int).to_numpy()
    return out
