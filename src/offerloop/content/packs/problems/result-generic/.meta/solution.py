from typing import Callable, Generic, TypeVar

T = TypeVar("T")
E = TypeVar("E")
U = TypeVar("U")


class Result(Generic[T, E]):
    __slots__ = ("_ok", "_content")

    def __init__(self, ok: bool, content):
        self._ok = ok
        self._content = content

    @classmethod
    def ok(cls, value: T) -> "Result[T, E]":
        return cls(True, value)

    @classmethod
    def err(cls, error: E) -> "Result[T, E]":
        return cls(False, error)

    def is_ok(self) -> bool:
        return self._ok

    def is_err(self) -> bool:
        return not self._ok

    def map(self, f: Callable[[T], U]) -> "Result[U, E]":
        return Result.ok(f(self._content)) if self._ok else self

    def and_then(self, f: Callable[[T], "Result[U, E]"]) -> "Result[U, E]":
        return f(self._content) if self._ok else self

    def unwrap(self) -> T:
        if not self._ok:
            raise ValueError(f"unwrap on Err({self._content!r})")
        return self._content

    def unwrap_or(self, default: T) -> T:
        return self._content if self._ok else default

    def __eq__(self, other):
        if not isinstance(other, Result):
            return NotImplemented
        return self._ok == other._ok and self._content == other._content

    def __hash__(self):
        return hash((self._ok, self._content))

    def __repr__(self):
        return f"{'Ok' if self._ok else 'Err'}({self._content!r})"


def collect(results):
    values = []
    for r in results:
        if r.is_err():
            return r
        values.append(r.unwrap())
    return Result.ok(values)
