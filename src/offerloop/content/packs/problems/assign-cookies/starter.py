def max_content(greed, sizes):
    """The largest number of children who each get one cookie at least as large as their greed."""
    raise NotImplementedError
