import pandas as pd


def top_n_per_user(scores: pd.DataFrame, n: int) -> pd.DataFrame:
    ordered = scores.sort_values(["user", "score", "item"], ascending=[True, False, True])
    return ordered.groupby("user").head(n)[["user", "item", "score"]].reset_index(drop=True)
