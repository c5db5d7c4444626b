import numpy as np


def target_encode(train_cats, train_y, test_cats, smoothing=0.0):
    y = np.asarray(train_y, dtype=float)
    prior = float(y.mean())
    sums, counts = {}, {}
    for c, t in zip(train_cats, y):
        sums[c] = sums.get(c, 0.0) + float(t)
        counts[c] = counts.get(c, 0) + 1
    enc = {c: (sums[c] + smoothing * prior) / (counts[c] + smoothing) for c in sums}
    train_enc = np.array([enc[c] for c in train_cats], dtype=float)
    test_enc = np.array([enc.get(c, prior) for c in test_cats], dtype=float)
    return train_enc, test_enc
