import pandas as pd


def conversion_table(visits):
    # Cell means by groupby and unstack; the margins as pooled means of the rows and columns.
    conv = visits["converted"].astype(float)
    cells = conv.groupby([visits["channel"], visits["device"]]).mean().unstack()
    cells["All"] = conv.groupby(visits["channel"]).mean()
    bottom = conv.groupby(visits["device"]).mean()
    bottom["All"] = conv.mean()
    cells.loc["All"] = bottom
    cells.index.name = "channel"
    cells.columns = list(cells.columns)
    return cells.astype(float)
