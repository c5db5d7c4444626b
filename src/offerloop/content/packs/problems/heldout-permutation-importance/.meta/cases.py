import numpy as np

from offerloop.judge.cases import case

# Seeded shuffles of one deterministic fit: no decision boundary; each seed refits models, so 12 seeds.
SWEEP_SEEDS = 12


def visible():
    rng = np.random.default_rng(4)
    X = rng.normal(size=(120, 3))
    y = 2 * X[:, 0] + 0.5 * X[:, 1] + rng.normal(size=120)
    return [case(X[:80], y[:80], X[80:], y[80:], n_repeats=3, random_state=0, name="one strong, one weak, one noise feature")]


def hidden(rng):
    cases = []
    for n_train, n_test, d, reps in ((30, 40, 6, 5), (60, 30, 4, 4), (25, 25, 8, 2)):
        scales = rng.uniform(0.1, 30.0, size=d)
        X = rng.normal(size=(n_train + n_test, d))
        w = np.zeros(d)
        w[: d // 2] = rng.normal(size=d // 2) * 2
        y = X @ w + rng.normal(size=len(X))
        # Few training rows and many features: the model overfits the noise features a little.
        cases.append(case(X[:n_train] * scales, y[:n_train], X[n_train:] * scales, y[n_train:], n_repeats=reps,
                          random_state=int(rng.integers(1000)), name=f"{n_train} training rows, {d} features"))
    return cases


def check_case(args, kwargs):
    X_train, y_train, X_test, y_test = args
    assert X_train.shape[1] == X_test.shape[1] >= 1, "the same d >= 1 columns"
    assert len(y_train) == len(X_train) and len(y_test) == len(X_test), "one target per row"
    assert kwargs.get("n_repeats", 5) >= 1, "n_repeats >= 1"
