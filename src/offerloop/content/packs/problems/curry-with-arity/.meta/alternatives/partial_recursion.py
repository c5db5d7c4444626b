# Written differently: recursion through functools.partial of the curry itself.
from functools import partial


def _step(func, arity, got, *args):
    if len(args) == 0 or len(got) + len(args) > arity:
        raise TypeError("wrong number of arguments")
    got = got + args
    if len(got) == arity:
        return func(*got)
    return partial(_step, func, arity, got)


def curry(func, arity):
    if isinstance(arity, bool) or not isinstance(arity, int) or arity <= 0:
        raise ValueError("arity")
    return partial(_step, func, arity, ())
