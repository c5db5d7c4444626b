import math


def wilson_interval(successes, n, z=1.959963984540054):
    """(low, high) Wilson score interval for successes / n."""
    raise NotImplementedError
