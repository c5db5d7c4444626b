import pandas as pd


def daily_percentile(sales: pd.DataFrame) -> pd.DataFrame:
    return sales.assign(pct_rank=sales.groupby("day")["sales"].rank(method="average", pct=True))
