class Peekable:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._buf = None   # a buffered None looks empty

    def __iter__(self):
        return self

    def __next__(self):
        if self._buf is not None:
            item, self._buf = self._buf, None
            return item
        return next(self._it)

    def peek(self, *default):
        if self._buf is None:
            try:
                self._buf = next(self._it)
            except StopIteration:
                if default:
                    return default[0]
                raise
        return self._buf
