import pandas as pd


def store_summary(sales: pd.DataFrame) -> pd.DataFrame:
    """One row per store (index "store", sorted): n_sales, total, mean_amount, max_amount, active_days."""
    raise NotImplementedError
