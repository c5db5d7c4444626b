import numpy as np


def sgns_loss(v_center, u_context, U_neg):
    """Negative-sampling loss and gradients {"loss", "d_center", "d_context", "d_neg"}."""
    raise NotImplementedError
