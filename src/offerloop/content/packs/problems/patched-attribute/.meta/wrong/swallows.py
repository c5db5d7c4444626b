from contextlib import contextmanager

_MISSING = object()


@contextmanager
def patched(obj, name, value):
    old = getattr(obj, name, _MISSING)
    setattr(obj, name, value)
    try:
        yield obj
    except Exception:
        pass   # the caller never sees the error
    finally:
        if old is _MISSING:
            delattr(obj, name)
        else:
            setattr(obj, name, old)
