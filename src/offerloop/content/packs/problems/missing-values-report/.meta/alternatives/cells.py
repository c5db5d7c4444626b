import math

import pandas as pd

PLACEHOLDERS = {"", "na", "n/a", "null", "-"}


def _missing(v):
    if v is None or v is pd.NaT or v is pd.NA:
        return True
    if isinstance(v, float):
        return math.isnan(v)
    if isinstance(v, str):
        return v.strip().lower() in PLACEHOLDERS
    return bool(pd.isna(v)) if not isinstance(v, (int, bool)) else False


def missing_report(df):
    # Cell by cell, then sorted with a key.
    counts = [(name, sum(_missing(v) for v in df[name].tolist())) for name in df.columns]
    counts.sort(key=lambda t: (-t[1], t[0]))
    return pd.DataFrame({"column": [c for c, _ in counts], "n_missing": [n for _, n in counts],
                         "share": [n / len(df) for _, n in counts]})
