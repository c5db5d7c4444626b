import pandas as pd


def store_summary(sales: pd.DataFrame) -> pd.DataFrame:
    g = sales.assign(day=sales["ts"].dt.normalize()).groupby("store")
    return g.agg(n_sales=("amount", "size"), total=("amount", "sum"), mean_amount=("amount", "mean"),
                 max_amount=("amount", "max"), active_days=("day", "nunique"))
