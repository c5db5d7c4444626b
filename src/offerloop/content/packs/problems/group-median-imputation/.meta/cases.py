import numpy as np

from offerloop.judge.cases import case, frame

NAN = np.nan


def visible():
    train = frame({"city": ["a", "a", "a", "b", "b"], "income": [10.0, 30.0, NAN, 5.0, NAN], "age": [NAN, NAN, NAN, 40.0, 20.0]})
    test = frame({"city": ["a", "c", "b"], "income": [NAN, NAN, 7.0], "age": [NAN, NAN, NAN]})
    return [case(train, test, "city", name="group, fallback and an unseen group")]


def _random(rng, n_train, n_test, groups, cols):
    def make(n, allowed, index):
        data = {"g": rng.choice(allowed, size=n).tolist()}
        for c in cols:
            v = (rng.integers(0, 10_000, size=n) / 100).astype(float)
            v[rng.random(n) < 0.35] = NAN
            data[c] = v
        return frame(data, index=index)

    train = make(n_train, groups, (rng.permutation(n_train) * 3).tolist())
    for c in cols:  # at least one value per column in train
        if train[c].isna().all():
            train.loc[train.index[0], c] = 1.0
    test = make(n_test, groups + ["unseen"], [f"r{k}" for k in rng.permutation(n_test)])
    return train, test


def hidden(rng):
    return [
        case(frame({"g": ["x"], "v": [1.5]}), frame({"g": ["x"], "v": [NAN]}), "g", name="one value"),
        case(frame({"g": ["x", "x", "y"], "v": [1.0, 4.0, 100.0]}), frame({"g": ["x", "y", "y"], "v": [NAN, NAN, 3.0]}), "g",
             name="an even group takes the mean of the two middle values"),
        case(frame({"g": ["x", "y"], "v": [1.0, NAN]}), frame({"g": ["y"], "v": [NAN]}), "g",
             name="a group with only NaN falls back"),
        case(frame({"g": ["p", "q", "q"], "v": [NAN, 2.0, 2.0]}), frame({"g": ["q"], "v": [9.0]}), "g",
             name="nothing missing in test"),
        case(*_random(rng, 14, 8, ["n", "s", "e"], ["f1", "f2"]), "g", name="random"),
        case(*_random(rng, 8, 6, ["n", "s"], ["f1", "f2", "f3"]), "g", name="random, three columns"),
    ]


def check_case(args, kwargs):
    """The prompt's promise: same columns, group labels never missing, a train value in every numeric column, unique index labels."""
    train, test, group_col = args
    assert list(train.columns) == list(test.columns), "train and test have the same columns"
    assert not train[group_col].isna().any() and not test[group_col].isna().any(), "group labels are never missing"
    cols = [c for c in train.columns if c != group_col]
    assert all(train[c].notna().any() for c in cols), "every numeric column has a train value"
    assert train.index.is_unique and test.index.is_unique, "index labels are unique"


# Medians compared with a tolerance; no threshold anywhere.
SWEEP_SEEDS = 10
