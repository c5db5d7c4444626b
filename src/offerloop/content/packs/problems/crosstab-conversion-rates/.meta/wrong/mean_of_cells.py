import pandas as pd


def conversion_table(visits):
    cells = visits.groupby(["channel", "device"])["converted"].mean().unstack()
    cells["All"] = cells.mean(axis=1)
    cells.loc["All"] = cells.mean(axis=0)
    cells.index.name = "channel"
    cells.columns = list(cells.columns)
    return cells.astype(float)
