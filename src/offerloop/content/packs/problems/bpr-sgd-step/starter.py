import numpy as np


def bpr_step(P, Q, u, i, j, lr, reg):
    """One BPR ascent step on the triple (u, i, j) with simultaneous updates; returns (P, Q)."""
    raise NotImplementedError
