from contextlib import contextmanager


def patched(obj, name, value):
    """Set obj.<name> = value inside the with block and restore (or delete) it afterwards."""
    raise NotImplementedError
