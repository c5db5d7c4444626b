import pandas as pd


def share_and_rank(df: pd.DataFrame) -> pd.DataFrame:
    """df plus share (revenue / region total) and rank_in_region (1 = highest, ties share the lowest rank)."""
    raise NotImplementedError
