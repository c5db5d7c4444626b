import numpy as np


def power_iteration(A, v0, num_iters):
    """Run num_iters normalised power-iteration steps from v0; return (Rayleigh quotient, v)."""
    raise NotImplementedError
