from contextlib import contextmanager


@contextmanager
def atomic_update(target):
    draft = dict(target)
    try:
        yield draft
    except Exception:
        return   # rolled back, but the caller never hears of the error
    target.clear()
    target.update(draft)
