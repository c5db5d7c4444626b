import numpy as np

from offerloop.judge.cases import case

# Rank-based metrics of one deterministic fit: no decision boundary in the prompt. 30 seeds.
SWEEP_SEEDS = 30


def visible():
    rng = np.random.default_rng(3)
    X = rng.normal(size=(400, 3))
    y = (X[:, 0] + rng.normal(size=400) > 2.3).astype(int)
    return [case(X[:300], y[:300], X[300:], y[300:], name="5% positives")]


def hidden(rng):
    cases = []
    for n, d, cut, C in ((300, 4, 2.0, 1.0), (500, 6, 2.5, 0.1), (200, 2, 1.5, 10.0)):
        while True:
            scales = rng.uniform(0.1, 50.0, size=d)
            X = rng.normal(size=(n, d))
            y = (X[:, 0] - 0.5 * X[:, 1] + rng.normal(size=n) > cut).astype(int)
            m = int(0.7 * n)
            if len(set(y[:m])) == 2 and len(set(y[m:])) == 2:
                break
        cases.append(case(X[:m] * scales, y[:m], X[m:] * scales, y[m:], C=C, name=f"{n} rows, {np.mean(y):.0%} positives"))
    return cases


def check_case(args, kwargs):
    X_train, y_train, X_test, y_test = args
    assert set(np.unique(y_train)) == {0, 1} and set(np.unique(y_test)) == {0, 1}, "both classes in train and test"
    assert X_train.shape[1] == X_test.shape[1], "same features"
