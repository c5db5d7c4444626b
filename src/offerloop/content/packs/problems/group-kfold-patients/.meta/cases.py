import numpy as np

from offerloop.judge.cases import case

# Accuracy of a nearest-neighbour vote: no float boundary once distances have no ties (checked below).
SWEEP_SEEDS = 40


def visible():
    X = np.array([[0.0, 1.0], [0.2, 1.1], [5.0, 0.0], [5.1, 0.3], [2.0, 4.0], [2.2, 3.9]])
    y = np.array([0, 0, 1, 1, 0, 1])
    groups = np.array([10, 10, 20, 20, 30, 30])
    return [case(X, y, groups, n_splits=3, n_neighbors=1, name="three patients, one fold each")]


def _visits(rng, patients, d, scales):
    rows, labels, ids = [], [], []
    for pid in range(patients):
        centre = rng.normal(size=d) * 3.0  # a patient's own signature
        label = int(rng.random() < 0.5)
        for _ in range(int(rng.integers(2, 7))):
            rows.append(centre + 0.3 * rng.normal(size=d) + 0.4 * label)
            labels.append(label if rng.random() < 0.9 else 1 - label)
            ids.append(100 + 7 * pid)
    order = rng.permutation(len(rows))  # a patient's visits are scattered through the table
    X = (np.array(rows) * scales)[order]
    return X, np.array(labels)[order], np.array(ids)[order]


def hidden(rng):
    cases = []
    for patients, d, k, nn in ((12, 3, 3, 3), (20, 4, 5, 1), (15, 2, 4, 5)):
        scales = rng.uniform(0.1, 50.0, size=d)
        X, y, g = _visits(rng, patients, d, scales)
        cases.append(case(X, y, g, n_splits=k, n_neighbors=nn, name=f"{patients} patients, {k} folds, {nn} neighbours"))
    X, y, g = _visits(rng, 5, 2, np.array([1.0, 100.0]))
    cases.append(case(X, y, g, n_splits=5, n_neighbors=1, name="one patient per fold"))
    return cases


def check_case(args, kwargs):
    X, y, groups = args
    k, nn = kwargs.get("n_splits", 3), kwargs.get("n_neighbors", 3)
    assert X.ndim == 2 and y.shape == groups.shape == (X.shape[0],), "shapes agree"
    assert set(np.unique(y)) <= {0, 1}, "labels are 0/1"
    assert len(np.unique(groups)) >= k, "at least n_splits patients"
    assert nn % 2 == 1, "an odd number of neighbours (no vote ties)"
    from sklearn.model_selection import GroupKFold
    from sklearn.preprocessing import StandardScaler
    for tr, te in GroupKFold(n_splits=k).split(X, y, groups):
        assert len(tr) > nn, "every training fold has more rows than n_neighbors"
        Z = StandardScaler().fit(X[tr]).transform(X)
        d = np.sqrt(((Z[te][:, None, :] - Z[tr][None, :, :]) ** 2).sum(-1))
        part = np.sort(d, axis=1)
        if part.shape[1] > nn:  # the nn-th and (nn+1)-th neighbours must be clearly apart
            assert (part[:, nn] - part[:, nn - 1] > 1e-9).all(), "a distance tie at the neighbour cut-off"
