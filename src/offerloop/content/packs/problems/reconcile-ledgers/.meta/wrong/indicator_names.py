import numpy as np
import pandas as pd


def reconcile(ledger_a, ledger_b):
    m = ledger_a.merge(ledger_b, on="txn_id", how="outer", suffixes=("_a", "_b"), indicator=True)
    status = np.where((m["_merge"] == "both") & (m["amount_cents_a"] == m["amount_cents_b"]), "match",
                      np.where(m["_merge"] == "both", "mismatch", m["_merge"].astype(str)))
    return pd.DataFrame({"txn_id": m["txn_id"], "status": status,
                         "amount_a": m["amount_cents_a"].astype(float), "amount_b": m["amount_cents_b"].astype(float)})
