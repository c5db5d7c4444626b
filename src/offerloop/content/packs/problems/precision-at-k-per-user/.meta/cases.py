import numpy as np

from offerloop.judge.cases import case, frame

# Integer counts over k: no float boundary (ties are exact equal scores settled by item id). 50 seeds.
SWEEP_SEEDS = 50


def visible():
    df = frame({"user": ["b", "a", "a", "b", "a", "a"], "item": [7, 3, 1, 2, 2, 9],
                "score": [0.4, 0.9, 0.5, 0.8, 0.5, 0.1], "label": [1, 0, 1, 0, 0, 1]})
    return [case(df, 2, name="two users, a tie in the top two")]


def _frame(rng, users, max_items):
    rows = {"user": [], "item": [], "score": [], "label": []}
    for u in users:
        m = int(rng.integers(1, max_items + 1))
        items = rng.choice(50, size=m, replace=False)
        scores = np.round(rng.random(m), 1)  # one decimal: many ties
        labels = (rng.random(m) < 0.3 + 0.5 * scores).astype(int)
        rows["user"] += [u] * m
        rows["item"] += [int(i) for i in items]
        rows["score"] += [float(s) for s in scores]
        rows["label"] += [int(v) for v in labels]
    order = rng.permutation(len(rows["user"]))
    return frame({key: [vals[i] for i in order] for key, vals in rows.items()})


def hidden(rng):
    cases = [
        case(frame({"user": ["u"], "item": [1], "score": [0.3], "label": [1]}), 3, name="one row, k larger than the list"),
        case(frame({"user": ["x", "x", "x", "y"], "item": [5, 2, 8, 1], "score": [0.5, 0.5, 0.5, 0.9],
                    "label": [0, 1, 0, 0]}), 1, name="a three-way tie for the top slot"),
    ]
    for n_users, max_items, k in ((5, 8, 3), (8, 12, 5), (4, 4, 5)):
        users = [f"user{int(i):02d}" for i in rng.choice(100, size=n_users, replace=False)]
        cases.append(case(_frame(rng, users, max_items), k, name=f"{n_users} users, k={k}"))
    return cases


def check_case(args, kwargs):
    df, k = args
    assert len(df) >= 1 and k >= 1, "a non-empty frame and k >= 1"
    assert list(df.columns) == ["user", "item", "score", "label"], "the four columns"
    assert not df.duplicated(["user", "item"]).any(), "item ids are distinct within a user"
    assert set(df["label"].unique()) <= {0, 1}, "labels are 0/1"
