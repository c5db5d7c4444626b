import pandas as pd


def fill_readings(readings: pd.DataFrame, limit: int) -> pd.DataFrame:
    """readings plus was_missing and filled (per-sensor forward fill, at most limit rows per gap)."""
    raise NotImplementedError
