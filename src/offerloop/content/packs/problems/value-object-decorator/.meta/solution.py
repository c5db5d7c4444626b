def value_object(*fields):
    if not fields or not all(isinstance(f, str) for f in fields):
        raise ValueError("value_object needs one or more field names (str)")

    def decorate(cls):
        def values(obj):
            return tuple(getattr(obj, f) for f in fields)

        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return values(self) == values(other)

        def __hash__(self):
            return hash(values(self))

        def __repr__(self):
            inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
            return f"{type(self).__name__}({inner})"

        cls.__eq__ = __eq__
        cls.__hash__ = __hash__
        cls.__repr__ = __repr__
        return cls

    return decorate
