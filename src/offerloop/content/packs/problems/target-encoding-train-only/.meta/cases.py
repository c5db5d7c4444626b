import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case(["a", "a", "b"], [1.0, 0.0, 1.0], ["a", "c"], smoothing=1.0, name="smoothing 1, an unseen category"),
        case(["x", "y", "x", "y"], [2.0, 4.0, 6.0, 8.0], ["y"], name="no smoothing"),
    ]


def hidden(rng):
    cases = [
        case(["a"], [3.0], ["a", "b"], smoothing=5.0, name="a single training row"),
        case(["a", "b", "c"], [1.0, 1.0, 1.0], ["d"], smoothing=2.0, name="constant target"),
        case(["a", "a", "a", "b"], [1.0, 1.0, 1.0, 0.0], ["b", "b"], smoothing=10.0, name="strong smoothing"),
        case(["p", "q"], [1e9, -1e9], ["p", "r"], smoothing=0.5, name="large targets"),
        case(["a", "b", "b", "c", "c", "c"], [0.0, 1.0, 0.0, 1.0, 1.0, 0.0], ["c", "z", "a"], smoothing=0.0, name="unseen with no smoothing"),
    ]
    cats = list("abcdef")
    for i in range(4):
        n = int(rng.integers(5, 30))
        tr = [cats[int(k)] for k in rng.integers(0, 5, size=n)]
        y = [float(v) for v in (rng.random(n) < 0.4)] if i % 2 else [float(v) for v in rng.normal(size=n) * 10]
        te = [cats[int(k)] for k in rng.integers(0, 6, size=int(rng.integers(1, 10)))]
        cases.append(case(tr, y, te, smoothing=float(rng.integers(0, 5)), name=f"random {i + 1}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: string labels, one finite target per training row (at least one), smoothing >= 0."""
    train_cats, train_y, test_cats = args
    smoothing = kwargs.get("smoothing", 0.0)
    assert len(train_cats) == len(train_y) >= 1, "one target per training row, and a training row for the prior"
    assert all(type(c) is str for c in list(train_cats) + list(test_cats)), "category labels are strings"
    assert all(np.isfinite(float(v)) for v in train_y), "targets are finite numbers"
    assert float(smoothing) >= 0, "smoothing is not negative"
