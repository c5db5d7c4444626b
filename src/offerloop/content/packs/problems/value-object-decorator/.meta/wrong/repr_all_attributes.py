def value_object(*fields):
    if not fields or not all(isinstance(f, str) for f in fields):
        raise ValueError("fields")

    def decorate(cls):
        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return all(getattr(self, f) == getattr(other, f) for f in fields)

        def __hash__(self):
            return hash(tuple(getattr(self, f) for f in fields))

        def __repr__(self):
            # every instance attribute, in assignment order, not the named fields
            return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"

        cls.__eq__, cls.__hash__, cls.__repr__ = __eq__, __hash__, __repr__
        return cls

    return decorate
