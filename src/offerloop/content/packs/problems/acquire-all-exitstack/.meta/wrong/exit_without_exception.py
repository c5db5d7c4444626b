from contextlib import contextmanager


@contextmanager
def acquire_all(factories):
    entered, values = [], []
    try:
        for factory in factories:
            cm = factory()
            values.append(cm.__enter__())
            entered.append(cm)
        yield values
    finally:
        for cm in reversed(entered):
            cm.__exit__(None, None, None)   # the managers never learn that the body failed
