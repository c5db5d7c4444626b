import pandas as pd


def features_as_of(orders: pd.DataFrame, customers: pd.DataFrame, cutoff: str) -> pd.DataFrame:
    """Per customer (every one, sorted): n_orders, total, avg_amount, n_categories, days_since_last, from orders before cutoff."""
    raise NotImplementedError
