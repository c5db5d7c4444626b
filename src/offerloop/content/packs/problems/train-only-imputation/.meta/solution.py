import numpy as np


def impute_train_test(X_train, X_test, strategy="median"):
    tr = np.array(X_train, dtype=float)
    te = np.array(X_test, dtype=float)
    fill = np.zeros(tr.shape[1])
    for j in range(tr.shape[1]):
        seen = tr[:, j][~np.isnan(tr[:, j])]
        if seen.size:
            fill[j] = np.median(seen) if strategy == "median" else seen.mean()
    return np.where(np.isnan(tr), fill, tr), np.where(np.isnan(te), fill, te)
