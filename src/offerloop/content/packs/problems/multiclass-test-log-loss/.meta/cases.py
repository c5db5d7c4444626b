import numpy as np

from offerloop.judge.cases import case

# One deterministic fit and a mean of logs: no decision boundary. 30 seeds.
SWEEP_SEEDS = 30


def visible():
    rng = np.random.default_rng(5)
    y = np.repeat([3, 7, 11], 20)
    X = rng.normal(size=(60, 2)) + (y[:, None] == [3, 7]) * 2.0
    return [case(X, y, X[:20:4], y[:20:4], name="a test set of one class")]


def _data(rng, labels, per_class, d, sep):
    y = np.repeat(labels, per_class)
    centres = rng.normal(size=(len(labels), d)) * sep
    X = centres[np.repeat(np.arange(len(labels)), per_class)] + rng.normal(size=(len(y), d))
    scales = rng.uniform(0.2, 30.0, size=d)
    order = rng.permutation(len(y))
    return X[order] * scales, y[order]


def hidden(rng):
    cases = []
    for labels, per, d, sep, C in (([2, 5, 9], 15, 3, 1.5, 1.0), ([0, 1, 4, 8], 12, 4, 1.0, 0.3), ([10, 20, 30, 40, 50], 10, 2, 1.5, 2.0)):
        X, y = _data(rng, labels, per + 4, d, sep)  # the first 4 rows of each class go to the test set
        test = np.zeros(len(y), dtype=bool)
        for lab in labels:
            test[np.flatnonzero(y == lab)[:4]] = True
        X, y, Xt, yt = X[~test], y[~test], X[test], y[test]
        keep = yt != labels[int(rng.integers(len(labels) - 1))]  # drop a class (not the last) from the test set
        cases.append(case(X, y, Xt[keep], yt[keep], C=C, name=f"{len(labels)} classes, one missing from the test set"))
    X, y = _data(rng, [1, 2, 3], 10, 2, 1.0)
    cases.append(case(X, y, X[:6], y[:6], name="testing on training rows (allowed, just optimistic)"))
    return cases


def check_case(args, kwargs):
    X_train, y_train, X_test, y_test = args
    labels, counts = np.unique(y_train, return_counts=True)
    assert len(labels) >= 3 and counts.min() >= 5, "at least three classes, each at least 5 times"
    assert set(np.unique(y_test)) <= set(labels), "every test label occurs in training"
    assert len(y_test) >= 1, "a non-empty test set"
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    model = make_pipeline(StandardScaler(), LogisticRegression(C=kwargs.get("C", 1.0))).fit(X_train, y_train)
    p = model.predict_proba(X_test)[np.arange(len(y_test)), np.searchsorted(labels, y_test)]
    assert p.min() > 1e-12, "a true-class probability near scikit-learn's clipping point"
