import pandas as pd


def precision_at_k_per_user(df, k):
    # Ties broken by the larger item id.
    ranked = df.sort_values(["user", "score", "item"], ascending=[True, False, False])
    out = ranked.groupby("user").head(k).groupby("user")["label"].sum() / k
    return out.astype(float).rename("precision_at_k")
