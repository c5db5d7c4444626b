import pandas as pd


def yoy_growth(monthly: pd.DataFrame) -> pd.DataFrame:
    """Sorted by store, month (index 0..n-1), plus sales_last_year (same store, month - 12) and yoy."""
    raise NotImplementedError
