import pandas as pd


def top_n_per_user(scores: pd.DataFrame, n: int) -> pd.DataFrame:
    """The n best rows per user, sorted by user, score descending, item; index 0..k-1."""
    raise NotImplementedError
