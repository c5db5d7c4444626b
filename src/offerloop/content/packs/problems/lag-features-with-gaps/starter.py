import pandas as pd


def lag_features(df: pd.DataFrame) -> pd.DataFrame:
    """Sorted by entity, period (index 0..n-1), plus prev_value, delta and lag1_value."""
    raise NotImplementedError
