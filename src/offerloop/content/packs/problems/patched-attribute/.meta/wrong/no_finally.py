from contextlib import contextmanager

_MISSING = object()


@contextmanager
def patched(obj, name, value):
    old = getattr(obj, name, _MISSING)
    setattr(obj, name, value)
    yield obj   # an exception in the block skips the restore
    if old is _MISSING:
        delattr(obj, name)
    else:
        setattr(obj, name, old)
