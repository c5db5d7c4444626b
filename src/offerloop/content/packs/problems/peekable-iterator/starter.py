class Peekable:
    """An iterator over iterable with peek(), which looks at the next item without consuming it."""

    def __init__(self, iterable):
        raise NotImplementedError

    def __iter__(self):
        raise NotImplementedError

    def __next__(self):
        raise NotImplementedError

    def peek(self, *default):
        raise NotImplementedError
