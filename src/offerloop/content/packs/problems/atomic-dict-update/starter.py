from contextlib import contextmanager


def atomic_update(target):
    """Yield a draft copy of target; write it back in place only if the block succeeds."""
    raise NotImplementedError
