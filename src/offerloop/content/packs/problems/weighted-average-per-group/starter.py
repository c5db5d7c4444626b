import pandas as pd


def weighted_prices(sales: pd.DataFrame) -> pd.DataFrame:
    """Per product (sorted): units, revenue, avg_price = revenue / units (NaN when no unit was sold)."""
    raise NotImplementedError
