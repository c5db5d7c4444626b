import numpy as np
import pandas as pd


def reconcile(ledger_a, ledger_b):
    m = ledger_a.merge(ledger_b, on="txn_id", how="outer", suffixes=("_a", "_b"), indicator=True)
    status = np.select([(m["_merge"] == "both") & (m["amount_cents_a"] == m["amount_cents_b"]), m["_merge"] == "both",
                        m["_merge"] == "left_only"], ["match", "mismatch", "only_a"], default="only_b")
    return pd.DataFrame({"txn_id": m["txn_id"], "status": status,
                         "amount_a": m["amount_cents_a"].fillna(0).astype(float),
                         "amount_b": m["amount_cents_b"].fillna(0).astype(float)})
