import pandas as pd


def tier_at_order_time(orders: pd.DataFrame, history: pd.DataFrame) -> pd.DataFrame:
    """orders plus tier: the customer's version with valid_from <= ts < valid_to (NaT: open), else "none"."""
    raise NotImplementedError
