def merge_rows(left, right):
    return left.merge(right, on="id", how="inner")
