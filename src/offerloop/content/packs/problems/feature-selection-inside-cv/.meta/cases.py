import numpy as np

from offerloop.judge.cases import case

# The boundary is a tie at the k-th F statistic; the contract keeps the k-th and (k+1)-th apart in
# every training fold. The check is one f_regression per fold, so 60 seeds stay cheap.
SWEEP_SEEDS = 60


def visible():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(30, 200))
    y = rng.normal(size=30)
    return [case(X, y, k=5, n_splits=3, name="pure noise, 200 features")]


def hidden(rng):
    cases = []
    for n, d, k, folds, signal in ((40, 150, 5, 5, 0.0), (36, 80, 3, 4, 1.0), (30, 10, 10, 3, 0.5), (24, 60, 1, 3, 0.0)):
        X = rng.normal(size=(n, d)) * rng.uniform(0.5, 5.0, size=d)
        y = signal * X[:, d // 2] / X[:, d // 2].std() + rng.normal(size=n)
        cases.append(case(X, y, k=k, n_splits=folds, name=f"{n} rows, {d} features, k={k}" + (", one real feature" if signal else "")))
    return cases


def check_case(args, kwargs):
    from sklearn.feature_selection import f_regression
    from sklearn.model_selection import KFold

    X, y = args
    k, folds = kwargs["k"], kwargs.get("n_splits", 5)
    assert 1 <= k <= X.shape[1] and X.shape[0] >= 2 * folds, "1 <= k <= d and n >= 2 * n_splits"
    if k == X.shape[1]:
        return
    for tr, _ in KFold(folds).split(X):
        F = np.sort(f_regression(X[tr], y[tr])[0])[::-1]
        assert F[k - 1] - F[k] > 1e-9 * F[k - 1], "a tie at the k-th F statistic"
