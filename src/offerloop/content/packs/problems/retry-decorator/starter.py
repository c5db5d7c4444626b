import functools


def retry(times, exceptions=(Exception,)):
    """Decorator factory: retry the decorated function up to `times` attempts on `exceptions`."""
    raise NotImplementedError
