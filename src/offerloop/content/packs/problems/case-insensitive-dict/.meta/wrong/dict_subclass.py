class CaseInsensitiveDict(dict):
    # dict's own update, get, setdefault and constructor bypass these overrides
    def __getitem__(self, key):
        for k in dict.keys(self):
            if k.casefold() == key.casefold():
                return dict.__getitem__(self, k)
        raise KeyError(key)

    def __setitem__(self, key, value):
        for k in list(dict.keys(self)):
            if k.casefold() == key.casefold():
                dict.__delitem__(self, k)
        dict.__setitem__(self, key, value)

    def __contains__(self, key):
        return any(k.casefold() == key.casefold() for k in dict.keys(self))

    def __repr__(self):
        return f"CaseInsensitiveDict({dict(self)!r})"
