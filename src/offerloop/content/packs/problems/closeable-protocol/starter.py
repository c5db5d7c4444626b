from typing import Protocol, runtime_checkable


class Closeable:
    """Anything with a close() method."""


def close_all(objects):
    """Close every Closeable; return {"closed": [...], "failed": [...], "skipped": [...]} (positions)."""
    raise NotImplementedError
