import numpy as np

from offerloop.judge.cases import case


def visible():
    docs = np.array([[1.0, 0.0], [10.0, 10.0], [0.0, 1.0], [-1.0, 0.0]])
    return [
        case(np.array([1.0, 0.2]), docs, 2, name="cosine, not dot product"),
        case(np.array([0.0, 1.0]), docs, 4, name="all documents ranked"),
    ]


def hidden(rng):
    v = rng.normal(size=4)
    dup = np.stack([v, 2 * v, rng.normal(size=4), 4 * v, -v])
    cases = [
        case(np.array([1.0, 1.0]), np.array([[3.0, 4.0]]), 1, name="a single document"),
        case(np.array([1.0, 0.0]), np.array([[1.0, 0.0], [0.0, 1.0]]), 5, name="k larger than n"),
        case(v, dup, 3, name="ties between parallel documents: lower index first"),
        case(np.array([1.0, 0.0]), np.array([[-1.0, 0.0], [0.0, 0.0], [-1.0, -1.0]]), 2, name="a zero document scores 0 and beats negatives"),
        case(np.zeros(3), rng.normal(size=(4, 3)), 2, name="a zero query: all ties"),
        case(rng.normal(size=8) * 1e6, rng.normal(size=(10, 8)) * 1e-6, 3, name="very different scales"),
    ]
    for i in range(4):
        n, d = int(rng.integers(10, 40)), int(rng.integers(3, 16))
        docs = rng.normal(size=(n, d)) * rng.uniform(0.1, 10.0, size=(n, 1))
        cases.append(case(rng.normal(size=d), docs, int(rng.integers(1, 8)), name=f"random {n} documents"))
    return cases
