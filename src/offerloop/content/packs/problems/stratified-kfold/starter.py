import numpy as np


def stratified_folds(y, k):
    """k sorted test-index arrays; the j-th sample of each class (restarting per class) goes to fold j % k."""
    raise NotImplementedError
