import pandas as pd


def stack_exports(exports: list) -> pd.DataFrame:
    """One frame: order_id (int), amount (float), date (datetime64), source (int); names normalised, amounts parsed."""
    raise NotImplementedError
