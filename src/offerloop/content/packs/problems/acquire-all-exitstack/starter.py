from contextlib import ExitStack, contextmanager


@contextmanager
def acquire_all(factories):
    """Enter the context managers made by factories, in order; exit them in reverse."""
    raise NotImplementedError
    yield
