import math

import numpy as np


def gelu(x):
    # The exact erf form, not the tanh approximation the task asks for.
    erf = np.vectorize(math.erf)
    return 0.5 * x * (1.0 + erf(x / math.sqrt(2.0)))
