import math

import numpy as np


def one_sample_z_test(sample, mu0, sigma):
    """(z, two-sided p) for H0: mean = mu0 with known sigma; accurate for tiny p."""
    raise NotImplementedError
