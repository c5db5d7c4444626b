import functools
import time


def timed(func):
    """Wrap func so every call's duration (seconds) is appended to wrapper.durations."""
    raise NotImplementedError
