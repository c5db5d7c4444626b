def value_object(*fields):
    if not fields or not all(isinstance(f, str) for f in fields):
        raise ValueError("fields")

    def decorate(cls):
        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return all(getattr(self, f) == getattr(other, f) for f in fields)

        def __repr__(self):
            return f"{type(self).__name__}({', '.join(f'{f}={getattr(self, f)!r}' for f in fields)})"

        cls.__eq__ = __eq__   # the identity hash stays: equal objects land in different set slots
        cls.__repr__ = __repr__
        return cls

    return decorate
