import numpy as np


def low_rank_approx(A, k):
    """(A_k, ||A - A_k||_F): the best rank-k approximation and its Frobenius error."""
    raise NotImplementedError
