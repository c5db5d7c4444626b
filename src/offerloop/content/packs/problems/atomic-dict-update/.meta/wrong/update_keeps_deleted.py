from contextlib import contextmanager


@contextmanager
def atomic_update(target):
    draft = dict(target)
    yield draft
    target.update(draft)   # keys deleted from the draft survive
