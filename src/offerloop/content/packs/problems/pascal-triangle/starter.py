def pascal_rows(n):
    """The first n rows of Pascal's triangle, row 0 being [1]."""
    raise NotImplementedError
