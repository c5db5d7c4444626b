def merge_rows(left, right):
    raise NotImplementedError
