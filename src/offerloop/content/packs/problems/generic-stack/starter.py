from typing import Generic, Iterator, TypeVar

T = TypeVar("T")


class Stack:
    """A LIFO stack of items of type T."""

    def push(self, item):
        raise NotImplementedError

    def pop(self):
        raise NotImplementedError

    def peek(self):
        raise NotImplementedError
