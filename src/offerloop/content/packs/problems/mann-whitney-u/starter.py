import math

import numpy as np


def mann_whitney_u(x, y):
    """(U of x, z, two-sided p) with average ranks and the tie-corrected normal approximation."""
    raise NotImplementedError
