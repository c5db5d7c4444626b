import numpy as np


def average_precision(y_true, scores):
    """Step-wise area under the precision-recall curve; tied scores share one threshold."""
    raise NotImplementedError
