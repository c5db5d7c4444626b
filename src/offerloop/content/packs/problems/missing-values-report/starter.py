import pandas as pd


def missing_report(df: pd.DataFrame) -> pd.DataFrame:
    """column, n_missing, share per column (placeholders like "", "NA", "n/a", "null", "-" count), by share desc then name."""
    raise NotImplementedError
