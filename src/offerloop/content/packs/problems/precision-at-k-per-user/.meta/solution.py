import pandas as pd


def precision_at_k_per_user(df, k):
    ranked = df.sort_values(["user", "score", "item"], ascending=[True, False, True])
    hits = ranked.groupby("user", sort=True).head(k).groupby("user", sort=True)["label"].sum()
    users = pd.Index(sorted(df["user"].unique()), name="user")
    return (hits.reindex(users, fill_value=0) / k).astype(float).rename("precision_at_k")
