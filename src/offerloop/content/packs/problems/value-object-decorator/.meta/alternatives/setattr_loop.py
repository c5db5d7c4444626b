# Written differently: methods built by small factories and attached with setattr; the
# field tuple is compared through operator.attrgetter.
import operator


def value_object(*fields):
    if len(fields) == 0 or any(type(f) is not str for f in fields):
        raise ValueError("give field names as strings")
    get = operator.attrgetter(*fields)

    def key(obj):
        v = get(obj)
        return v if len(fields) > 1 else (v,)

    def eq(self, other):
        return key(self) == key(other) if type(self) is type(other) else NotImplemented

    def hsh(self):
        return hash(key(self))

    def rep(self):
        parts = [f"{name}={value!r}" for name, value in zip(fields, key(self))]
        return "%s(%s)" % (self.__class__.__name__, ", ".join(parts))

    def decorate(cls):
        for name, fn in (("__eq__", eq), ("__hash__", hsh), ("__repr__", rep)):
            setattr(cls, name, fn)
        return cls

    return decorate
