import pandas as pd


def precision_at_k_per_user(df, k):
    # nlargest breaks ties by row order, not by item id.
    out = {user: g.nlargest(k, "score")["label"].sum() / k for user, g in df.groupby("user")}
    s = pd.Series(out, dtype=float, name="precision_at_k")
    s.index.name = "user"
    return s
