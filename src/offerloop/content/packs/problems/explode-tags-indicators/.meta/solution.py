import pandas as pd


def tag_indicators(items: pd.DataFrame) -> pd.DataFrame:
    pieces = items.set_index("item_id")["tags"].str.split("|").explode()
    pieces = pieces.dropna().str.strip().str.lower()
    pieces = pieces[pieces != ""]
    table = pd.crosstab(pieces.index, pieces.to_numpy()).clip(upper=1)
    table = table.reindex(sorted(items["item_id"]), fill_value=0)
    table.index.name = "item_id"
    table.columns = list(table.columns)
    return table.astype("int64")
