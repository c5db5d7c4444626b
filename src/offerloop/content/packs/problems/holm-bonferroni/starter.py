import numpy as np


def holm_reject(p_values, alpha=0.05):
    """Boolean rejections of Holm's step-down procedure, in the input order."""
    raise NotImplementedError
