import pandas as pd


def features_as_of(orders, customers, cutoff):
    cut = pd.Timestamp(cutoff)
    past = orders[(orders["ts"] < cut) & orders["customer_id"].isin(customers["customer_id"])]
    g = past.groupby("customer_id")
    feats = g.agg(n_orders=("amount", "size"), total=("amount", "sum"), avg_amount=("amount", "mean"),
                  n_categories=("category", "nunique"), last=("ts", "max"))
    feats["days_since_last"] = (cut - feats.pop("last").dt.normalize()).dt.days.astype(float)
    return feats
