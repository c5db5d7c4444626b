import pandas as pd


def conversion_table(visits: pd.DataFrame) -> pd.DataFrame:
    table = pd.crosstab(visits["channel"], visits["device"], values=visits["converted"].astype(float),
                        aggfunc="mean", margins=True)
    table.index.name = "channel"
    table.columns = list(table.columns)
    return table.astype(float)
