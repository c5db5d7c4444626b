import numpy as np


def oof_probabilities(X, y, n_splits=5, random_state=0):
    """P(class 1) per row from the StratifiedKFold (shuffled, seeded) model that held the row out."""
    raise NotImplementedError
