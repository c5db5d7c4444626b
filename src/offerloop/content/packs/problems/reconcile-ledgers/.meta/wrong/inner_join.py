import numpy as np
import pandas as pd


def reconcile(ledger_a, ledger_b):
    m = ledger_a.merge(ledger_b, on="txn_id", suffixes=("_a", "_b"))
    status = np.where(m["amount_cents_a"] == m["amount_cents_b"], "match", "mismatch")
    return pd.DataFrame({"txn_id": m["txn_id"], "status": status,
                         "amount_a": m["amount_cents_a"].astype(float), "amount_b": m["amount_cents_b"].astype(float)})
