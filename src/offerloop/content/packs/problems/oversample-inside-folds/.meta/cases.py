import numpy as np

from offerloop.judge.cases import case

# The boundary is predict's 0.5; the contract keeps every test probability 1e-6 away from it. Each
# check refits every fold, so 15 seeds.
SWEEP_SEEDS = 15


def visible():
    rng = np.random.default_rng(9)
    X = rng.normal(size=(80, 2))
    y = (X[:, 0] + rng.normal(size=80) > 1.5).astype(int)
    return [case(X, y, n_splits=3, random_state=0, name="80 rows, three folds")]


def hidden(rng):
    cases = []
    for n, d, cut, k in ((90, 3, 1.3, 3), (120, 4, 1.6, 4)):
        while True:
            X = rng.normal(size=(n, d)) * rng.uniform(0.5, 10.0, size=d)
            z = X / X.std(0)
            y = (z[:, 0] - 0.6 * z[:, 1] + rng.normal(size=n) > cut).astype(int)
            rs = int(rng.integers(10_000))
            if k <= y.sum() < n / 2 and _problem(X, y, k, rs) is None:
                break
        cases.append(case(X, y, n_splits=k, random_state=rs, name=f"{n} rows, {int(y.sum())} positives, {k} folds"))
    return cases


def _problem(X, y, k, rs):
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    if not (set(np.unique(y)) <= {0, 1} and k <= y.sum() < len(y) - y.sum()):
        return "class 1 is the minority with at least n_splits rows"
    rng = np.random.default_rng(rs)
    for train, test in StratifiedKFold(n_splits=k, shuffle=True, random_state=rs).split(X, y):
        pos = train[y[train] == 1]
        rows = np.concatenate([train, rng.choice(pos, size=int(np.sum(y[train] == 0)) - len(pos), replace=True)])
        p = make_pipeline(StandardScaler(), LogisticRegression()).fit(X[rows], y[rows]).predict_proba(X[test])[:, 1]
        if np.min(np.abs(p - 0.5)) < 1e-6:
            return "a test probability within 1e-6 of 0.5"
    return None


def check_case(args, kwargs):
    X, y = args
    problem = _problem(X, y, kwargs.get("n_splits", 4), kwargs.get("random_state", 0))
    assert problem is None, problem
