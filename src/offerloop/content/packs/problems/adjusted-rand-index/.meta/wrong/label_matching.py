import numpy as np


def adjusted_rand_index(labels_true, labels_pred):
    # Compares the names position by position, as accuracy would.
    return float(np.mean(np.asarray(labels_true) == np.asarray(labels_pred)))
