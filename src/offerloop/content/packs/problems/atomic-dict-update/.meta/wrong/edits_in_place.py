from contextlib import contextmanager


@contextmanager
def atomic_update(target):
    yield target   # no copy: a failed block leaves its half-done changes
