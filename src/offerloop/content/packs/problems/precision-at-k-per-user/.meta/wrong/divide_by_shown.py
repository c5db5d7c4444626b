import pandas as pd


def precision_at_k_per_user(df, k):
    ranked = df.sort_values(["user", "score", "item"], ascending=[True, False, True])
    # Divides by the rows shown: a user with fewer than k candidates is not charged for empty slots.
    out = ranked.groupby("user").head(k).groupby("user")["label"].mean().astype(float)
    return out.rename("precision_at_k")
