import pandas as pd


def monthly_revenue(sales: pd.DataFrame) -> pd.DataFrame:
    """Months ("YYYY-MM", every month in the range) by categories (sorted): summed revenue, 0.0 when none."""
    raise NotImplementedError
