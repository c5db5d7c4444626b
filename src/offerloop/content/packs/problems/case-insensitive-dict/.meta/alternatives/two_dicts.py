# Written differently: two dicts (folded key -> value, folded key -> spelling), and equality
# through a folded plain dict of the other mapping.
from collections.abc import Mapping, MutableMapping


def _fold(key):
    if type(key) is not str and not isinstance(key, str):
        raise TypeError(key)
    return key.casefold()


class CaseInsensitiveDict(MutableMapping):
    def __init__(self, data=None):
        self._values, self._spelling = {}, {}
        self.update(data or {})

    def __getitem__(self, key):
        return self._values[_fold(key)]

    def __setitem__(self, key, value):
        f = _fold(key)
        self._values[f] = value
        self._spelling[f] = key

    def __delitem__(self, key):
        f = _fold(key)
        del self._values[f]
        del self._spelling[f]

    def __iter__(self):
        return iter(list(self._spelling.values()))

    def __len__(self):
        return len(self._values)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            try:
                return self._values == {_fold(k): v for k, v in other.items()}
            except TypeError:
                return False
        return NotImplemented

    __hash__ = None

    def __repr__(self):
        return "CaseInsensitiveDict(%r)" % ({self._spelling[f]: v for f, v in self._values.items()},)
