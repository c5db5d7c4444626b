import pandas as pd


def second_order_gap(orders: pd.DataFrame) -> pd.DataFrame:
    """Per customer (sorted): first_order, second_order (NaT if none), hours_to_second (NaN if none), n_orders."""
    raise NotImplementedError
