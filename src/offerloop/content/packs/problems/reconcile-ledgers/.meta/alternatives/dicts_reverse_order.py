import math

import pandas as pd


def reconcile(ledger_a, ledger_b):
    # Dictionaries instead of a join, rows in reverse id order: any row order is right.
    a = dict(zip(ledger_a["txn_id"], ledger_a["amount_cents"]))
    b = dict(zip(ledger_b["txn_id"], ledger_b["amount_cents"]))
    rows = []
    for t in sorted(set(a) | set(b), reverse=True):
        if t in a and t in b:
            status = "match" if a[t] == b[t] else "mismatch"
        else:
            status = "only_a" if t in a else "only_b"
        rows.append((t, status, float(a[t]) if t in a else math.nan, float(b[t]) if t in b else math.nan))
    return pd.DataFrame(rows, columns=["txn_id", "status", "amount_a", "amount_b"])
