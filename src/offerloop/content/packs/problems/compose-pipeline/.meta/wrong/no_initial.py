from functools import reduce


def pipeline(*funcs):
    for f in funcs:
        if not callable(f):
            raise TypeError(f"{f!r} is not callable")
    # Without an initial value, an empty pipeline fails.
    return reduce(lambda acc, f: (lambda x: f(acc(x))), funcs)
