import numpy as np


def gmm_responsibilities(X, weights, means, covs):
    """(n, K) posterior probabilities of the components for each sample, computed in log space."""
    raise NotImplementedError
