import numpy as np


def adam_step(w, grad, m, v, t, lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8):
    """One Adam update at step t (from 1); returns (w_new, m_new, v_new) with uncorrected moments."""
    raise NotImplementedError
