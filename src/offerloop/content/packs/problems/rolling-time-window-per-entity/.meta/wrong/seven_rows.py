import pandas as pd


def spend_last_7_days(txns):
    s = txns.sort_values(["customer", "ts"])
    prev = s.groupby("customer")["amount"].shift(1)
    spend = prev.groupby(s["customer"]).rolling(7, min_periods=1).sum().droplevel(0).fillna(0.0)
    count = prev.groupby(s["customer"]).rolling(7, min_periods=1).count().droplevel(0).fillna(0).astype(int)
    return txns.assign(spend_7d=spend, n_7d=count)
