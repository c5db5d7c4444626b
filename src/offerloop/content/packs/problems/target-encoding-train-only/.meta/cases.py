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
