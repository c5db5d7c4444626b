class lazy:
    """A non-data descriptor computing a value once per instance."""

    def __init__(self, func):
        raise NotImplementedError

    def __set_name__(self, owner, name):
        raise NotImplementedError

    def __get__(self, instance, owner=None):
        raise NotImplementedError
