import math


def diff_proportion_ci(successes_a, n_a, successes_b, n_b, z=1.959963984540054):
    """(p_b - p_a, low, high) with the unpooled standard error."""
    raise NotImplementedError
