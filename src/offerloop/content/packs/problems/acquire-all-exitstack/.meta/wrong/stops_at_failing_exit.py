from contextlib import contextmanager


@contextmanager
def acquire_all(factories):
    entered, values = [], []
    try:
        for factory in factories:
            cm = factory()
            values.append(cm.__enter__())
            entered.append(cm)
    except BaseException as e:
        exc = (type(e), e, e.__traceback__)
        for cm in reversed(entered):
            cm.__exit__(*exc)
        raise
    try:
        yield values
    except BaseException as e:
        exc = (type(e), e, e.__traceback__)
        suppressed = False
        for cm in reversed(entered):
            if cm.__exit__(*exc):
                suppressed, exc = True, (None, None, None)
        if not suppressed:
            raise
    else:
        for cm in reversed(entered):
            cm.__exit__(None, None, None)   # one raising __exit__ leaves the rest open
