import numpy as np


def min_cost_threshold(y_true, scores, cost_fp, cost_fn):
    """{"threshold", "cost", "flagged"}: the cheapest of the distinct scores and inf, largest on ties."""
    raise NotImplementedError
