from contextlib import ExitStack, contextmanager


@contextmanager
def acquire_all(factories):
    with ExitStack() as stack:
        values = [stack.enter_context(factory()) for factory in factories]
        yield values
