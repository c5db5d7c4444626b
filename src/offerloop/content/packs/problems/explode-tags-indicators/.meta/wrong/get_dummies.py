def tag_indicators(items):
    table = items.set_index("item_id")["tags"].fillna("").str.lower().str.get_dummies("|")
    table = table.sort_index()
    table.columns = list(table.columns)
    return table.astype("int64")
