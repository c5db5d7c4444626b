import numpy as np


def kl_divergence(p, q):
    """sum p log(p / q) in nats; 0 log 0 = 0; inf when p > 0 where q = 0."""
    raise NotImplementedError
