import pandas as pd


def conversion_table(visits):
    table = pd.crosstab(visits["channel"], visits["device"], normalize="index", margins=True)
    table.index.name = "channel"
    table.columns = list(table.columns)
    return table.astype(float)
