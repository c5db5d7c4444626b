from collections.abc import Mapping, MutableMapping


class CaseInsensitiveDict(MutableMapping):
    def __init__(self, data=None):
        self._data = {}
        if data is not None:
            self.update(data)

    @staticmethod
    def _fold(key):
        if not isinstance(key, str):
            raise TypeError(f"keys must be str, not {type(key).__name__}")
        return key.lower()   # "STRASSE" and "straße" stay apart

    def __getitem__(self, key):
        return self._data[self._fold(key)][1]

    def __setitem__(self, key, value):
        self._data[self._fold(key)] = (key, value)

    def __delitem__(self, key):
        del self._data[self._fold(key)]

    def __iter__(self):
        return (spelling for spelling, _ in self._data.values())

    def __len__(self):
        return len(self._data)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        try:
            theirs = {self._fold(k): v for k, v in other.items()}
        except TypeError:
            return False
        return {k: v for k, (_, v) in self._data.items()} == theirs

    __hash__ = None

    def __repr__(self):
        return f"{type(self).__name__}({dict(self.items())!r})"
