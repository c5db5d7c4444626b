import pandas as pd


def daily_percentile(sales: pd.DataFrame) -> pd.DataFrame:
    """sales plus pct_rank: the average rank within the day (1 = lowest) divided by the day's store count."""
    raise NotImplementedError
