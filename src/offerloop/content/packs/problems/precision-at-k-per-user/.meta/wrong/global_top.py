import pandas as pd


def precision_at_k_per_user(df, k):
    # Takes the k * users best rows overall, so confident users crowd out the others.
    n_users = df["user"].nunique()
    top = df.sort_values(["score", "item"], ascending=[False, True]).head(k * n_users)
    out = top.groupby("user")["label"].sum().reindex(sorted(df["user"].unique()), fill_value=0) / k
    out.index.name = "user"
    return out.astype(float).rename("precision_at_k")
