import numpy as np

from offerloop.judge.cases import case, frame

# One deterministic fit: no decision boundary in the prompt; each seed refits models, so 12 seeds.
SWEEP_SEEDS = 12

PLANS = ["basic", "pro", "team", "enterprise", "student"]
REGIONS = ["north", "south", "east", "west"]


def visible():
    train = frame({"tenure": [1.0, 24.0, None, 36.0, 3.0, 48.0], "plan": ["basic", "pro", "basic", "pro", "basic", "team"]})
    test = frame({"tenure": [2.0, None], "plan": ["basic", "enterprise"]})
    return [case(train, np.array([1, 0, 1, 0, 1, 0]), test, name="a missing tenure and an unseen plan")]


def _customers(rng, n, plans, regions, missing):
    tenure = rng.gamma(2.0, 12.0, size=n).round(1)
    spend = rng.lognormal(3.0, 0.8, size=n).round(2)
    plan = rng.choice(plans, size=n)
    region = rng.choice(regions, size=n)
    logit = 1.0 - tenure / 15 + (plan == "basic") * 1.2 - (plan == "team") * 0.8 + 0.002 * spend
    y = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)
    t = [None if rng.random() < missing else float(v) for v in tenure]
    s = [None if rng.random() < missing else float(v) for v in spend]
    return {"tenure": t, "plan": [str(v) for v in plan], "spend": s, "region": [str(v) for v in region]}, y


def hidden(rng):
    cases = []
    for n_train, n_test, missing, C in ((40, 10, 0.15, 1.0), (60, 12, 0.3, 0.2), (30, 8, 0.0, 5.0)):
        while True:
            cols, y = _customers(rng, n_train, PLANS[:3], REGIONS[:3], missing)
            if 0 < y.sum() < n_train and all(any(v is not None for v in cols[c]) for c in ("tenure", "spend")):
                break
        test_cols, _ = _customers(rng, n_test, PLANS, REGIONS, missing)  # plans and regions unseen in training
        cases.append(case(frame(cols), y, frame(test_cols), C=C, name=f"{n_train} customers, {missing:.0%} missing"))
    return cases


def check_case(args, kwargs):
    train, y, test = args
    assert list(train.columns) == list(test.columns), "train and test have the same columns"
    num = list(train.select_dtypes("number").columns)
    cat = [c for c in train.columns if c not in num]
    assert num and cat, "at least one numeric and one categorical column"
    assert all(train[c].notna().any() for c in num), "every numeric column has a training value"
    assert all(train[c].notna().all() and test[c].notna().all() for c in cat), "no missing categories"
    assert set(np.unique(y)) == {0, 1} and len(y) == len(train), "both classes, one label per row"
