import pandas as pd


def tag_indicators(items):
    pieces = items.set_index("item_id")["tags"].str.split("|").explode().dropna()
    pieces = pieces[pieces.str.strip() != ""]
    table = pd.crosstab(pieces.index, pieces.to_numpy()).clip(upper=1)
    table = table.reindex(sorted(items["item_id"]), fill_value=0)
    table.index.name = "item_id"
    table.columns = list(table.columns)
    return table.astype("int64")
