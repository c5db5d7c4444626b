def averager():
    """A coroutine: send numbers, get the running mean; send None to finish with (count, mean)."""
    raise NotImplementedError
    yield
