import pandas as pd


def conversion_table(visits):
    # Conversions over visits from two count tables with margins: NaN where a cell has no visits.
    conv = visits["converted"].astype(int)
    hits = pd.crosstab(visits["channel"], visits["device"], values=conv, aggfunc="sum", margins=True)
    total = pd.crosstab(visits["channel"], visits["device"], margins=True)
    rate = hits / total.where(total > 0)
    rate.index.name = "channel"
    rate.columns = list(rate.columns)
    return rate.astype(float)
