import numpy as np
import pandas as pd


def precision_at_k_per_user(df, k):
    # One user at a time with numpy: lexsort's last key is the primary one.
    out = {}
    for user, g in df.groupby("user"):
        order = np.lexsort((g["item"].to_numpy(), -g["score"].to_numpy()))
        out[user] = float(g["label"].to_numpy()[order][:k].sum()) / k
    s = pd.Series(out, name="precision_at_k", dtype=float)
    s.index.name = "user"
    return s.sort_index()
