import math

import numpy as np


def one_sample_z_test(sample, mu0, sigma):
    z = (np.mean(sample) - mu0) / (sigma / math.sqrt(len(sample)))
    return float(z), float(0.5 * math.erfc(abs(z) / math.sqrt(2)))  # one tail only
