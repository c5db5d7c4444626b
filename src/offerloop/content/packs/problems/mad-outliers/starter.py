import numpy as np


def mad_outliers(x, threshold=3.5):
    """|0.6745 (x - median) / MAD| > threshold; when MAD = 0, flag values different from the median."""
    raise NotImplementedError
