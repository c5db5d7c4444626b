import pandas as pd


def attach_quotes(trades: pd.DataFrame, quotes: pd.DataFrame, max_age_s: int) -> pd.DataFrame:
    """trades plus bid, ask, quote_age_s from the latest same-symbol quote at or before each trade, at most max_age_s old."""
    raise NotImplementedError
