from contextlib import contextmanager


@contextmanager
def atomic_update(target):
    draft = dict(target)
    try:
        yield draft
    finally:   # also runs when the body raised
        target.clear()
        target.update(draft)
