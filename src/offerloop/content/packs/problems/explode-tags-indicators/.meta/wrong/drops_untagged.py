import pandas as pd


def tag_indicators(items):
    pieces = items.set_index("item_id")["tags"].str.split("|").explode().dropna().str.strip().str.lower()
    pieces = pieces[pieces != ""]
    table = pd.crosstab(pieces.index, pieces.to_numpy()).clip(upper=1)
    table.index.name = "item_id"
    table.columns = list(table.columns)
    return table.astype("int64")
