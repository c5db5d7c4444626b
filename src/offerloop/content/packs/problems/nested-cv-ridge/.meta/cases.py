import numpy as np

from offerloop.judge.cases import case

# Each contract check reruns the inner searches; the only boundary (near-tied alphas) is checked
# below with a relative margin, so 20 seeds are enough and keep content check fast.
SWEEP_SEEDS = 10


def visible():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(30, 6))
    y = X[:, 0] + rng.normal(size=30)
    return [case(X, y, [0.1, 10.0, 100.0], outer_splits=3, inner_splits=3, name="one useful feature of six")]


def _data(rng, n, d, informative, noise, drift):
    scales = rng.uniform(0.5, 30.0, size=d)
    X = rng.normal(size=(n, d))
    X += drift * np.linspace(-1.0, 1.0, n)[:, None]  # later rows shift: folds differ
    w = np.zeros(d)
    w[:informative] = rng.normal(size=informative)
    y = X @ w + noise * rng.normal(size=n)
    return X * scales, y


def hidden(rng):
    cases = []
    for n, d, inf, noise, drift, grid, outer, inner in (
        (40, 8, 2, 1.0, 1.0, [0.01, 1.0, 10.0, 100.0], 4, 3),
        (30, 10, 3, 2.0, 2.0, [0.5, 5.0, 50.0], 3, 3),
    ):
        X, y = _data(rng, n, d, inf, noise, drift)
        cases.append(case(X, y, grid, outer_splits=outer, inner_splits=inner, name=f"{n} rows, {d} features, {len(grid)} alphas"))
    return cases


def check_case(args, kwargs):
    from sklearn.linear_model import Ridge
    from sklearn.model_selection import GridSearchCV, KFold
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    X, y, alphas = args
    outer, inner = kwargs.get("outer_splits", 5), kwargs.get("inner_splits", 3)
    assert len(set(alphas)) == len(alphas) and min(alphas) > 0, "distinct positive alphas"
    assert X.shape[0] // outer * (outer - 1) // inner >= 3, "every inner fold holds at least 3 rows"
    search = GridSearchCV(make_pipeline(StandardScaler(), Ridge()), {"ridge__alpha": alphas},
                          cv=KFold(inner), scoring="neg_mean_squared_error")
    for tr, _ in KFold(outer).split(X):
        m = np.sort(search.fit(X[tr], y[tr]).cv_results_["mean_test_score"])
        assert m[-1] - m[-2] > 1e-9 * abs(m[-1]), "two alphas tie in an inner search"
