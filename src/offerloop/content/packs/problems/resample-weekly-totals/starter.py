import pandas as pd


def weekly_totals(orders: pd.DataFrame) -> pd.DataFrame:
    """One row per Monday-start week (index "week", empty weeks included): n_orders, revenue, avg_order."""
    raise NotImplementedError
