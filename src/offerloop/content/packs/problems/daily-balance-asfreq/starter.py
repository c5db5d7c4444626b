import pandas as pd


def daily_balances(txns: pd.DataFrame, end: str) -> pd.DataFrame:
    """account, day (every day from the first transaction to end, a "YYYY-MM-DD" string), balance at end of day, n_txns."""
    raise NotImplementedError
