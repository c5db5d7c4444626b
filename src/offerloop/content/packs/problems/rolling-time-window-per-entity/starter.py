import pandas as pd


def spend_last_7_days(txns: pd.DataFrame) -> pd.DataFrame:
    """txns plus spend_7d and n_7d: the customer's spend and count in [ts - 7 days, ts), current row excluded."""
    raise NotImplementedError
