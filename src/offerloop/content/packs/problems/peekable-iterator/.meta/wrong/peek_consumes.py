class Peekable:
    def __init__(self, iterable):
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def peek(self, *default):
        try:
            return next(self._it)   # the peeked item is lost
        except StopIteration:
            if default:
                return default[0]
            raise
