import pandas as pd
from sklearn.metrics import brier_score_loss


def brier_decomposition(y_true, probs):
    df = pd.DataFrame({"f": probs, "y": y_true})
    g = df.groupby("f")["y"].agg(["size", "mean"])
    n = len(df)
    o = df["y"].mean()
    f = g.index.to_numpy()
    return {
        "brier": float(brier_score_loss(y_true, probs)) if df["y"].nunique() > 1 else float(((df["f"] - df["y"]) ** 2).mean()),
        "reliability": float((g["size"] * (f - g["mean"]) ** 2).sum() / n),
        "resolution": float((g["size"] * (g["mean"] - o) ** 2).sum() / n),
        "uncertainty": float(o * (1 - o)),
    }
