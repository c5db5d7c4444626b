import pandas as pd


def features_as_of(orders, customers, cutoff):
    cut = pd.Timestamp(cutoff)
    past = orders[orders["ts"] < cut]
    g = past.groupby("customer_id")
    feats = g.agg(n_orders=("amount", "size"), total=("amount", "sum"), avg_amount=("amount", "mean"),
                  n_categories=("category", "nunique"), last=("ts", "max"))
    # Elapsed time from the last order's exact time, not from its day.
    feats["days_since_last"] = ((cut - feats.pop("last")).dt.total_seconds() / 86400).round().astype(float)
    feats = feats.reindex(sorted(customers["customer_id"]))
    feats.index.name = "customer_id"
    feats["n_orders"] = feats["n_orders"].fillna(0).astype("int64")
    feats["total"] = feats["total"].fillna(0.0)
    feats["n_categories"] = feats["n_categories"].fillna(0).astype("int64")
    return feats
