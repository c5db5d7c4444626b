import pandas as pd


def prior_ctr(impressions: pd.DataFrame, prior_weight: float = 0.0, global_rate: float = 0.0) -> pd.Series:
    """Per impression, the user's smoothed click rate over strictly earlier impressions (Series "prior_ctr")."""
    raise NotImplementedError
