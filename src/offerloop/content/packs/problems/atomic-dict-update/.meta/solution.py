from contextlib import contextmanager


@contextmanager
def atomic_update(target):
    draft = dict(target)
    yield draft
    target.clear()
    target.update(draft)
