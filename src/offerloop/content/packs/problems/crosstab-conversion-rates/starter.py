import pandas as pd


def conversion_table(visits: pd.DataFrame) -> pd.DataFrame:
    """Channels x devices conversion rates (NaN for no visits) with "All" margins over pooled visits."""
    raise NotImplementedError
