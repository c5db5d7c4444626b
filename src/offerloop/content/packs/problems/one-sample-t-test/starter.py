import numpy as np


def one_sample_t_test(sample, mu0):
    """(t, two-sided p) of the one-sample t-test with n - 1 degrees of freedom."""
    raise NotImplementedError
