import pandas as pd


def features_as_of(orders, customers, cutoff):
    cut = pd.Timestamp(cutoff)
    past = orders[orders["ts"] < cut]
    g = past.groupby("customer_id")
    feats = g.agg(n_orders=("amount", "size"), total=("amount", "sum"), avg_amount=("amount", "mean"),
                  n_categories=("category", "nunique"), last=("ts", "max"))
    feats["days_since_last"] = (cut - feats.pop("last").dt.normalize()).dt.days.astype(float)
    feats = feats.reindex(sorted(customers["customer_id"])).fillna(0)
    feats.index.name = "customer_id"
    return feats.astype({"n_orders": "int64", "n_categories": "int64"})
