_EMPTY = object()


class Peekable:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._buf = _EMPTY

    def __iter__(self):
        return self

    def __next__(self):
        if self._buf is not _EMPTY:
            item, self._buf = self._buf, _EMPTY
            return item
        return next(self._it)

    def peek(self, *default):
        if self._buf is _EMPTY:
            try:
                self._buf = next(self._it)
            except StopIteration:
                if default:
                    return default[0]
                raise
        return self._buf
