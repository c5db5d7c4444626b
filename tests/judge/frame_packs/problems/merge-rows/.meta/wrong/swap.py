def merge_rows(left, right):
    return right.merge(left, on="id", how="inner")
