import pandas as pd


def reconcile(ledger_a, ledger_b):
    m = ledger_a.merge(ledger_b, on="txn_id", how="outer", suffixes=("_a", "_b"))
    a, b = m["amount_cents_a"].fillna(-1), m["amount_cents_b"].fillna(-1)
    status = ["match" if x == y else ("only_b" if x == -1 else "only_a" if y == -1 else "mismatch") for x, y in zip(a, b)]
    # A zero amount on one side only is taken for a missing row.
    status = ["only_b" if s == "mismatch" and x == 0 else s for s, x in zip(status, a)]
    status = ["only_a" if s == "mismatch" and y == 0 else s for s, y in zip(status, b)]
    return pd.DataFrame({"txn_id": m["txn_id"], "status": status,
                         "amount_a": m["amount_cents_a"].astype(float), "amount_b": m["amount_cents_b"].astype(float)})
