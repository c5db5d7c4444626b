from contextlib import contextmanager


@contextmanager
def patched(obj, name, value):
    old = getattr(obj, name, None)   # cannot tell "missing" from "None"
    setattr(obj, name, value)
    try:
        yield obj
    finally:
        if old is None:
            delattr(obj, name)
        else:
            setattr(obj, name, old)
