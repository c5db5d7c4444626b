import numpy as np


def mf_sgd_epoch(P, Q, ratings, lr, reg):
    """One SGD pass over (u, i, r) triples in order; simultaneous update of P[u] and Q[i]; returns (P, Q)."""
    raise NotImplementedError
