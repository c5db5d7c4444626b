from collections.abc import MutableMapping


class CaseInsensitiveDict:
    """A mutable mapping with case-insensitive string keys."""

    def __init__(self, data=None):
        raise NotImplementedError
