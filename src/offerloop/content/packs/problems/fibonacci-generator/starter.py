def fibonacci():
    """Yield 0, 1, 1, 2, 3, 5, ... forever."""
    raise NotImplementedError
