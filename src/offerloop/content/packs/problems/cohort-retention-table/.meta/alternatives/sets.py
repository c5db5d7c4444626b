import math

import pandas as pd


def retention_table(events):
    # Sets of active months per user, then every cell counted directly.
    months = {}
    for user, ts in zip(events["user"], events["ts"]):
        months.setdefault(user, set()).add(ts.year * 12 + ts.month - 1)
    last = max(max(m) for m in months.values())
    cohorts = {}
    for user, m in months.items():
        cohorts.setdefault(min(m), []).append(user)
    first = min(cohorts)
    k_max = last - first
    rows = {}
    for c in sorted(cohorts):
        members = cohorts[c]
        rows[f"{c // 12:04d}-{c % 12 + 1:02d}"] = [
            sum(c + k in months[u] for u in members) / len(members) if c + k <= last else math.nan
            for k in range(k_max + 1)]
    table = pd.DataFrame.from_dict(rows, orient="index", columns=list(range(k_max + 1)))
    table.index.name = "cohort"
    return table
