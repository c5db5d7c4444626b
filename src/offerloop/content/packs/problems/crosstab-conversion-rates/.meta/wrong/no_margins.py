import pandas as pd


def conversion_table(visits):
    table = pd.crosstab(visits["channel"], visits["device"], values=visits["converted"].astype(float), aggfunc="mean")
    table.index.name = "channel"
    table.columns = list(table.columns)
    return table.astype(float)
