def value_object(*fields):
    if not fields or not all(isinstance(f, str) for f in fields):
        raise ValueError("fields")

    def decorate(cls):
        def __eq__(self, other):
            if not isinstance(other, cls):
                return False   # the other object never gets its say
            return all(getattr(self, f) == getattr(other, f) for f in fields)

        def __hash__(self):
            return hash(tuple(getattr(self, f) for f in fields))

        def __repr__(self):
            return f"{type(self).__name__}({', '.join(f'{f}={getattr(self, f)!r}' for f in fields)})"

        cls.__eq__, cls.__hash__, cls.__repr__ = __eq__, __hash__, __repr__
        return cls

    return decorate
