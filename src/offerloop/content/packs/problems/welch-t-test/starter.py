import numpy as np


def welch_t_test(a, b):
    """(t, df) of Welch's unequal-variance t-test, with sample (n - 1) variances."""
    raise NotImplementedError
