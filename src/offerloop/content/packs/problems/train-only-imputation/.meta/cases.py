import numpy as np

from offerloop.judge.cases import case

nan = np.nan


def visible():
    return [
        case(np.array([[1.0, nan], [3.0, 4.0], [nan, 8.0]]), np.array([[nan, nan]]), name="medians"),
        case(np.array([[1.0], [2.0], [6.0]]), np.array([[nan], [5.0]]), strategy="mean", name="mean strategy"),
    ]


def hidden(rng):
    cases = [
        case(np.array([[5.0, nan]]), np.array([[nan, nan]]), name="a single training row, an all-missing column"),
        case(np.array([[nan, 1.0], [nan, 2.0]]), np.array([[nan, nan], [3.0, nan]]), strategy="mean", name="all-missing column, mean"),
        case(np.array([[2.0], [2.0], [2.0]]), np.array([[nan], [100.0]]), name="constant column"),
        case(np.array([[1.0], [2.0], [1000.0], [nan]]), np.array([[nan]]), name="an outlier: median versus mean"),
        case(np.array([[1e15], [3e15], [nan]]), np.array([[nan]]), strategy="mean", name="large values"),
    ]
    for i in range(4):
        n, d = int(rng.integers(4, 20)), int(rng.integers(1, 5))
        tr = rng.normal(size=(n, d)) * 10
        tr[rng.random((n, d)) < 0.25] = nan
        te = rng.normal(size=(int(rng.integers(1, 8)), d)) * 30 + 20
        te[rng.random(te.shape) < 0.4] = nan
        cases.append(case(tr, te, strategy="median" if i % 2 else "mean", name=f"random {i + 1}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: 2-D float arrays with the same columns, NaN for missing, strategy median or mean."""
    X_train, X_test = args
    assert X_train.ndim == 2 and X_test.ndim == 2, "both inputs are 2-D"
    assert X_train.shape[1] == X_test.shape[1], "train and test have the same columns"
    assert X_train.dtype.kind == "f" and X_test.dtype.kind == "f", "float arrays"
    assert not np.isinf(X_train).any() and not np.isinf(X_test).any(), "missing values are NaN, never inf"
    assert kwargs.get("strategy", "median") in ("median", "mean"), "strategy is median or mean"
