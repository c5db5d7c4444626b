# Written differently: Ok and Err are subclasses of a generic base, and collect uses a
# generator with next() to find the first failure.
from typing import Generic, TypeVar

T = TypeVar("T")
E = TypeVar("E")


class Result(Generic[T, E]):
    @classmethod
    def ok(cls, value):
        return _Ok(value)

    @classmethod
    def err(cls, error):
        return _Err(error)

    def is_err(self):
        return not self.is_ok()

    def __eq__(self, other):
        if not isinstance(other, Result):
            return NotImplemented
        return type(self) is type(other) and self._inner == other._inner

    def __hash__(self):
        return hash((type(self), self._inner))


class _Ok(Result):
    def __init__(self, value):
        self._inner = value

    def is_ok(self):
        return True

    def map(self, f):
        return _Ok(f(self._inner))

    def and_then(self, f):
        return f(self._inner)

    def unwrap(self):
        return self._inner

    def unwrap_or(self, default):
        return self._inner

    def __repr__(self):
        return "Ok(%r)" % (self._inner,)


class _Err(Result):
    def __init__(self, error):
        self._inner = error

    def is_ok(self):
        return False

    def map(self, f):
        return self

    def and_then(self, f):
        return self

    def unwrap(self):
        raise ValueError("called unwrap on an error: %r" % (self._inner,))

    def unwrap_or(self, default):
        return default

    def __repr__(self):
        return "Err(%r)" % (self._inner,)


def collect(results):
    results = list(results)
    first = next((r for r in results if r.is_err()), None)
    return first if first is not None else Result.ok([r.unwrap() for r in results])
