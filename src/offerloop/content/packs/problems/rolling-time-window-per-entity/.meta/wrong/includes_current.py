import pandas as pd


def spend_last_7_days(txns):
    s = txns.sort_values(["customer", "ts"])
    window = s.groupby("customer").rolling("7D", on="ts")["amount"]
    spend = pd.Series(window.sum().to_numpy(), index=s.index).fillna(0.0)
    count = pd.Series(window.count().to_numpy(), index=s.index).fillna(0).astype(int)
    return txns.assign(spend_7d=spend, n_7d=count)
