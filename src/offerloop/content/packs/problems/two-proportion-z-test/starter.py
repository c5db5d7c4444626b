import math


def two_proportion_z_test(successes_a, n_a, successes_b, n_b):
    """(z, two-sided p) with the pooled standard error; z > 0 when B's rate is higher; (0.0, 1.0) if pooled p is 0 or 1."""
    raise NotImplementedError
