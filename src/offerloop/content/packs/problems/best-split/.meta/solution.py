import numpy as np


def best_split(x, y):
    x = np.asarray(x, dtype=float)
    y = np.asarray(y)
    order = np.argsort(x, kind="stable")
    xs = x[order]
    classes, ys = np.unique(y[order], return_inverse=True)
    n, k = len(xs), len(classes)
    total = np.bincount(ys, minlength=k).astype(float)
    left = np.zeros(k)
    best = None
    for i in range(n - 1):
        left[ys[i]] += 1
        if xs[i] == xs[i + 1]:
            continue  # no threshold separates equal values
        n_l = i + 1
        right = total - left
        g_l = 1.0 - np.sum((left / n_l) ** 2)
        g_r = 1.0 - np.sum((right / (n - n_l)) ** 2)
        imp = (n_l * g_l + (n - n_l) * g_r) / n
        if best is None or imp < best[1]:  # strict: the smallest threshold wins ties
            best = ((xs[i] + xs[i + 1]) / 2.0, float(imp))
    return None if best is None else (float(best[0]), best[1])
