# The same answer with numpy's legacy global generator, as many tutorials write it.
import numpy as np


def train_test_split(X, y, test_size=0.2, random_state=None):
    if random_state is not None:
        np.random.seed(random_state)
    shuffled = np.random.permutation(len(X))
    cut = len(X) - int(len(X) * test_size)
    return X[shuffled[:cut]], X[shuffled[cut:]], y[shuffled[:cut]], y[shuffled[cut:]]
