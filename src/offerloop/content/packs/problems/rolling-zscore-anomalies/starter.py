import pandas as pd


def flag_anomalies(readings: pd.DataFrame, window: int, threshold: float) -> pd.DataFrame:
    """readings plus zscore (vs the previous `window` readings of the sensor, sample std) and is_anomaly (|z| > threshold)."""
    raise NotImplementedError
