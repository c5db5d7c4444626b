import math

import numpy as np


def one_sample_t_test(sample, mu0):
    x = np.asarray(sample, dtype=float)
    t = (x.mean() - mu0) / (x.std(ddof=1) / math.sqrt(len(x)))
    # Treats t as standard normal: far too small p-values for small samples.
    return float(t), float(math.erfc(abs(t) / math.sqrt(2)))
