from typing import Callable, Generic, TypeVar

T = TypeVar("T")
E = TypeVar("E")
U = TypeVar("U")


class Result:
    """Either Ok(value) or Err(error)."""

    @classmethod
    def ok(cls, value):
        raise NotImplementedError

    @classmethod
    def err(cls, error):
        raise NotImplementedError


def collect(results):
    """Ok(list of values) if all are Ok, else the first Err."""
    raise NotImplementedError
