class Typed:
    """Data descriptor validating type (and an optional minimum) on every assignment."""

    def __init__(self, kind, minimum=None):
        raise NotImplementedError

    def __set_name__(self, owner, name):
        raise NotImplementedError

    def __get__(self, instance, owner=None):
        raise NotImplementedError

    def __set__(self, instance, value):
        raise NotImplementedError
