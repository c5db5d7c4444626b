import pandas as pd


def reconcile(ledger_a: pd.DataFrame, ledger_b: pd.DataFrame) -> pd.DataFrame:
    """One row per txn_id in either ledger: txn_id, status (match/mismatch/only_a/only_b), amount_a, amount_b."""
    raise NotImplementedError
