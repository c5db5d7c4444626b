from functools import reduce


def pipeline(*funcs):
    for f in funcs:
        if not callable(f):
            raise TypeError(f"{f!r} is not callable")
    return lambda x: reduce(lambda value, f: f(value), reversed(funcs), x)   # composes the other way
