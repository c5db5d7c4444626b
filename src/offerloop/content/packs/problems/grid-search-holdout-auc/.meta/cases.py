import numpy as np

from offerloop.judge.cases import case

# The boundary is a tie between candidates' mean AUCs: exact ties (same rankings) go to the first C
# by the prompt's rule, anything else must be clear by 1e-9 (checked below). Each check reruns
# the search, so 12 seeds keep content check fast.
SWEEP_SEEDS = 12


def visible():
    rng = np.random.default_rng(1)
    X = rng.normal(size=(80, 3)) * [1.0, 10.0, 100.0]
    y = (X[:, 0] + X[:, 1] / 10 + rng.normal(size=80) > 0).astype(int)
    return [case(X[:60], y[:60], X[60:], y[60:], [0.01, 1.0, 100.0], name="two useful features of three")]


def _data(rng, n, d, pos_rate, shift):
    scales = rng.uniform(0.1, 100.0, size=d)
    X = rng.normal(size=(n, d))
    w = rng.normal(size=d) * (rng.random(d) < 0.6)
    logit = X @ w + np.log(pos_rate / (1 - pos_rate))
    y = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)
    X[int(0.7 * n):] += shift  # the test rows are shifted: a scaler fitted with them differs
    return X * scales + rng.uniform(-20, 20, size=d), y


def hidden(rng):
    cases = []
    for n, d, rate, shift, Cs, k in ((70, 4, 0.4, 0.5, [0.001, 0.1, 10.0], 4), (90, 6, 0.25, 1.0, [0.003, 0.3, 3.0], 3)):
        while True:
            X, y = _data(rng, n, d, rate, shift)
            cut = int(0.7 * n)
            if len(set(y[cut:])) == 2 and min(np.bincount(y[:cut], minlength=2)) >= k:
                break
        cases.append(case(X[:cut], y[:cut], X[cut:], y[cut:], Cs, n_splits=k, name=f"{n} rows, {d} features, {len(Cs)} values of C"))
    return cases


def check_case(args, kwargs):
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GridSearchCV, StratifiedKFold
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    X_train, y_train, X_test, y_test, Cs = args
    k = kwargs.get("n_splits", 4)
    assert set(np.unique(y_test)) == {0, 1}, "both classes in the test set"
    assert min(np.bincount(y_train, minlength=2)) >= k, "at least n_splits rows of each class in training"
    assert len(set(Cs)) == len(Cs) and min(Cs) > 0, "distinct positive Cs"
    search = GridSearchCV(make_pipeline(StandardScaler(), LogisticRegression()), {"logisticregression__C": Cs},
                          cv=StratifiedKFold(k), scoring="roc_auc").fit(X_train, y_train)
    m = search.cv_results_["mean_test_score"]
    best = m[search.best_index_]
    for i, v in enumerate(m):
        if i != search.best_index_:
            assert v == best or best - v > 1e-9, f"C={Cs[i]} is within 1e-9 of the best mean AUC without tying it"
