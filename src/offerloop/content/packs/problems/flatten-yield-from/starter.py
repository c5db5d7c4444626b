def flatten(items):
    """Yield the leaves of a nested structure, depth first; str, bytes and dict are leaves."""
    raise NotImplementedError
    yield
