import numpy as np


def adjusted_rand_index(labels_true, labels_pred):
    _, t = np.unique(np.asarray(labels_true), return_inverse=True)
    _, p = np.unique(np.asarray(labels_pred), return_inverse=True)
    table = np.zeros((t.max() + 1, p.max() + 1))
    np.add.at(table, (t, p), 1)

    def pairs(m):
        return m * (m - 1) / 2.0

    n = len(t)
    index = pairs(table).sum()
    sum_a, sum_b = pairs(table.sum(axis=1)).sum(), pairs(table.sum(axis=0)).sum()
    expected = sum_a * sum_b / pairs(n) if n > 1 else 0.0
    max_index = (sum_a + sum_b) / 2.0
    if max_index == expected:
        return 1.0  # degenerate partitions: scikit-learn's convention
    return float((index - expected) / (max_index - expected))
