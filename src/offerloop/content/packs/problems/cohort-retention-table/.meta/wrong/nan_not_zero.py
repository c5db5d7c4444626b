import pandas as pd


def retention_table(events):
    month = events["ts"].dt.year * 12 + events["ts"].dt.month - 1
    cohort = month.groupby(events["user"]).transform("min")
    active = pd.DataFrame({"cohort": cohort, "period": month - cohort, "user": events["user"]}).drop_duplicates()
    counts = active.groupby(["cohort", "period"])["user"].nunique().unstack()
    k_max = int(month.max()) - int(cohort.min())
    table = counts.reindex(columns=range(k_max + 1)).div(counts[0], axis=0)
    table.index = pd.Index([f"{c // 12:04d}-{c % 12 + 1:02d}" for c in table.index], name="cohort")
    table.columns = list(range(k_max + 1))
    return table.astype(float)
