import math

import pandas as pd


def _amount(v):
    if isinstance(v, str):
        v = v.replace("$", "").replace(",", "").strip()
        return float(v) if v else math.nan
    return math.nan if v is None else float(v)


def stack_exports(exports):
    # Row by row into plain records, with the names mapped per export.
    records = []
    for k, df in enumerate(exports):
        names = {c: c.strip().lower().replace(" ", "_") for c in df.columns}
        for row in df.rename(columns=names).to_dict("records"):
            records.append({"order_id": int(row["order_id"]), "amount": _amount(row.get("amount")),
                            "date": pd.Timestamp(row["date"]) if isinstance(row.get("date"), str) else pd.NaT,
                            "source": k})
    out = pd.DataFrame(records, columns=["order_id", "amount", "date", "source"])
    out["date"] = pd.to_datetime(out["date"])
    return out
