import functools
import time


def retry_backoff(attempts, base_delay, factor=2.0, max_delay=None, exceptions=(Exception,), sleep=time.sleep):
    """Retry on the given exceptions, sleeping base_delay * factor ** (k - 1) before retry k."""
    raise NotImplementedError
