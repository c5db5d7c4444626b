import numpy as np


def ema(values, beta):
    """Bias-corrected EMA: v_t = beta v_{t-1} + (1 - beta) x_t from v_0 = 0, divided by 1 - beta^t."""
    raise NotImplementedError
