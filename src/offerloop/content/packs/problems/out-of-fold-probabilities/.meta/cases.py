import numpy as np

from offerloop.judge.cases import case

# Fold models' probabilities: no decision boundary in the prompt; each seed refits models, so 12 seeds.
SWEEP_SEEDS = 12


def visible():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(12, 2))
    return [case(X, np.array([0, 1] * 6), n_splits=3, random_state=0, name="twelve rows, three folds")]


def hidden(rng):
    cases = []
    for n, d, rate, k in ((40, 3, 0.3, 5), (60, 5, 0.5, 4), (30, 2, 0.2, 3)):
        while True:
            X = rng.normal(size=(n, d)) * rng.uniform(0.5, 40.0, size=d) + rng.uniform(-30, 30, size=d)
            X[n // 2:, 0] += 2.0 * X[:, 0].std()  # uneven halves: a scaler fitted on all rows differs
            z = (X - X.mean(0)) / X.std(0)
            y = (z[:, 0] + rng.normal(size=n) > np.quantile(z[:, 0], 1 - rate)).astype(int)
            if min(np.bincount(y, minlength=2)) >= k:
                break
        cases.append(case(X, y, n_splits=k, random_state=int(rng.integers(10_000)), name=f"{n} rows, {k} folds"))
    return cases


def check_case(args, kwargs):
    X, y = args
    k = kwargs.get("n_splits", 5)
    assert X.ndim == 2 and y.shape == (X.shape[0],), "X is (n, d), y is (n,)"
    assert set(np.unique(y)) <= {0, 1} and min(np.bincount(y, minlength=2)) >= k, "at least n_splits rows of each class"
