def invert(mapping):
    """Map every value to the sorted distinct keys whose lists contain it."""
    raise NotImplementedError
