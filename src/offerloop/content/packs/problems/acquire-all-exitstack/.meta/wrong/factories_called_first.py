from contextlib import ExitStack, contextmanager


@contextmanager
def acquire_all(factories):
    managers = [factory() for factory in factories]   # every factory runs before any enter
    with ExitStack() as stack:
        yield [stack.enter_context(cm) for cm in managers]
