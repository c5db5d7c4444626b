import numpy as np
import pandas as pd


def reconcile(ledger_a: pd.DataFrame, ledger_b: pd.DataFrame) -> pd.DataFrame:
    a = ledger_a.rename(columns={"amount_cents": "amount_a"})
    b = ledger_b.rename(columns={"amount_cents": "amount_b"})
    m = a.merge(b, on="txn_id", how="outer", indicator=True, validate="one_to_one")
    both = m["_merge"] == "both"
    status = np.select([both & (m["amount_a"] == m["amount_b"]), both, m["_merge"] == "left_only"],
                       ["match", "mismatch", "only_a"], default="only_b")
    return pd.DataFrame({"txn_id": m["txn_id"].to_numpy(dtype=object), "status": status.astype(object),
                         "amount_a": m["amount_a"].astype(float).to_numpy(),
                         "amount_b": m["amount_b"].astype(float).to_numpy()})
