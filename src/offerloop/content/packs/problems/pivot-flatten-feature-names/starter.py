import pandas as pd


def event_features(events: pd.DataFrame) -> pd.DataFrame:
    """One row per user (sorted), columns {type}_count (int) and {type}_sum (float) for every type, alphabetical."""
    raise NotImplementedError
