import numpy as np


def brier_decomposition(y_true, probs):
    """{"brier", "reliability", "resolution", "uncertainty"}, grouping rows by exact forecast value."""
    raise NotImplementedError
