from functools import reduce


def pipeline(*funcs):
    # A non-callable only fails when the pipeline runs.
    return lambda x: reduce(lambda value, f: f(value), funcs, x)
