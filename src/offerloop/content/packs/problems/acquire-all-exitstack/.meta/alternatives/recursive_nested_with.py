# Written differently: no ExitStack at all. Recursion builds real nested `with` statements, one
# level per factory, so Python's own rules decide which exception each manager sees.
from contextlib import contextmanager


@contextmanager
def acquire_all(factories):
    factories = list(factories)

    @contextmanager
    def nest(i, values):
        if i == len(factories):
            yield values
            return
        with factories[i]() as value:
            with nest(i + 1, values + [value]) as everything:
                yield everything

    with nest(0, []) as values:
        yield values
