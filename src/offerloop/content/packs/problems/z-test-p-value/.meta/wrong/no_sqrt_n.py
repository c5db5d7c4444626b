import math

import numpy as np


def one_sample_z_test(sample, mu0, sigma):
    z = (np.mean(sample) - mu0) / sigma  # forgets the standard error
    return float(z), float(math.erfc(abs(z) / math.sqrt(2)))
