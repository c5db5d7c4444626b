import pandas as pd


def top_n_per_user(scores, n):
    # A row number per user, as SQL's ROW_NUMBER() OVER (PARTITION BY user ORDER BY score DESC, item).
    df = scores.sort_values(["score", "item"], ascending=[False, True], kind="stable")
    df = df.assign(rn=df.groupby("user").cumcount())
    df = df[df["rn"] < n].sort_values(["user", "rn"])
    return pd.DataFrame({"user": df["user"].to_list(), "item": df["item"].to_list(), "score": df["score"].to_list()})
