from functools import singledispatch


def describe(value):
    """Short description of value, chosen by its type (see the prompt's table)."""
    raise NotImplementedError
