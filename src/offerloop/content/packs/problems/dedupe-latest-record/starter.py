import pandas as pd


def dedupe_contacts(contacts: pd.DataFrame) -> pd.DataFrame:
    """One row per normalised email: latest name/updated (ties: later row), latest known phone; sorted, index 0..n-1."""
    raise NotImplementedError
