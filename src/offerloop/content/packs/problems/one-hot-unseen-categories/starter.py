import numpy as np


def one_hot_encode(train, test):
    """Categories learned from train (sorted); 0/1 int matrices for train and test; unseen test values -> zero rows."""
    raise NotImplementedError
