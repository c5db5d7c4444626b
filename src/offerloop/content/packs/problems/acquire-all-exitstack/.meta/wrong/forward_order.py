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
    except BaseException as e:
        exc = (type(e), e, e.__traceback__)
        for cm in entered:   # first opened, first closed
            if cm.__exit__(*exc):
                return
        raise
    else:
        for cm in entered:
            cm.__exit__(None, None, None)
