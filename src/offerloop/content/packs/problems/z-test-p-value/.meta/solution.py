import math

import numpy as np


def one_sample_z_test(sample, mu0, sigma):
    x = np.asarray(sample, dtype=float)
    z = (x.mean() - mu0) / (sigma / math.sqrt(len(x)))
    p = math.erfc(abs(z) / math.sqrt(2.0))  # the tail directly: no 1 - Phi cancellation
    return float(z), float(p)
