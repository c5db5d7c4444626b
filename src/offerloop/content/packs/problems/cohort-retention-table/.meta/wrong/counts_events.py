import numpy as np
import pandas as pd


def retention_table(events):
    month = events["ts"].dt.year * 12 + events["ts"].dt.month - 1
    cohort = month.groupby(events["user"]).transform("min")
    active = pd.DataFrame({"cohort": cohort, "period": month - cohort, "user": events["user"]})
    counts = active.groupby(["cohort", "period"])["user"].size().unstack()
    size = active[active["period"] == 0].groupby("cohort")["user"].nunique()
    last = int(month.max())
    k_max = last - int(cohort.min())
    table = counts.reindex(columns=range(k_max + 1)).div(size, axis=0)
    observed = np.arange(k_max + 1)[None, :] <= (last - table.index.to_numpy())[:, None]
    table = table.fillna(0.0).where(observed)
    table.index = pd.Index([f"{c // 12:04d}-{c % 12 + 1:02d}" for c in table.index], name="cohort")
    table.columns = list(range(k_max + 1))
    return table.astype(float)
