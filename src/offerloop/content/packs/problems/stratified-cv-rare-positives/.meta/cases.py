import numpy as np

from offerloop.judge.cases import case

# Rank-based scores of deterministic fits: no decision boundary in the prompt; each seed refits models, so 12 seeds.
SWEEP_SEEDS = 12


def visible():
    rng = np.random.default_rng(8)
    X = rng.normal(size=(120, 3))
    y = (X[:, 0] + rng.normal(size=120) > 2.0).astype(int)
    return [case(X, y, n_splits=3, random_state=0, name="6 positives in 120 rows")]


def hidden(rng):
    cases = []
    for n, d, cut, k, C in ((100, 4, 1.8, 4, 1.0), (150, 3, 2.0, 5, 0.3), (80, 5, 1.5, 3, 3.0)):
        while True:
            X = rng.normal(size=(n, d)) * rng.uniform(0.5, 20.0, size=d)
            z = X / X.std(0)
            y = (z[:, 0] - 0.7 * z[:, 1] + rng.normal(size=n) > cut).astype(int)
            if k <= y.sum() < n / 2:
                break
        order = np.argsort(-y, kind="stable")  # positives first: unshuffled folds would differ a lot
        cases.append(case(X[order], y[order], n_splits=k, random_state=int(rng.integers(10_000)), C=C,
                          name=f"{n} rows, {int(y.sum())} positives, {k} folds"))
    return cases


def check_case(args, kwargs):
    X, y = args
    k = kwargs.get("n_splits", 4)
    assert set(np.unique(y)) <= {0, 1} and k <= y.sum() < len(y) - y.sum(), "at least n_splits positives, fewer than negatives"
