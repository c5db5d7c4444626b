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


def _cos(q, docs):
    qn = np.linalg.norm(q)
    out = np.zeros(len(docs))
    for i, x in enumerate(docs):
        xn = np.linalg.norm(x)
        if qn > 0 and xn > 0:
            out[i] = q @ x / (qn * xn)
    return out


def _same_direction_exactly(a, b):
    """b is a times a power of two: every formula for the cosine gives the same bits for both."""
    nz = a != 0
    if not np.array_equal(nz, b != 0) or not nz.any():
        return not nz.any() and not (b != 0).any()
    ratio = b[nz] / a[nz]
    return bool(np.all(ratio == ratio[0]) and ratio[0] > 0 and float(np.log2(ratio[0])).is_integer())


def _exactly_orthogonal(q, x):
    """Disjoint supports (a zero document included): every term of q . x is 0, so any formula gives a cosine of 0."""
    return not np.any((q != 0) & (x != 0))


def check_case(args, kwargs):
    """The prompt's promise: query (d,), docs (n, d), k >= 1; ranked documents are 1e-9 apart unless they tie exactly."""
    q, docs, k = args
    assert q.ndim == 1 and docs.ndim == 2 and docs.shape[1] == len(q) and len(docs) >= 1, "query must be (d,) and docs (n, d)"
    assert type(k) is int and k >= 1, f"k = {k!r} must be a positive int"
    if not np.any(q):
        return  # a zero query: every score is exactly 0, ties go by index
    cos = _cos(q, docs)
    order = sorted(range(len(docs)), key=lambda i: (-cos[i], i))
    top = min(k, len(docs))
    # Ties decide the order among the top k and at the cut-off: they must be exact in floats.
    for a, b in zip(order[: top], order[1: top + 1]):
        if abs(cos[a] - cos[b]) <= 1e-9:
            exact = _same_direction_exactly(docs[a], docs[b]) or (_exactly_orthogonal(q, docs[a]) and _exactly_orthogonal(q, docs[b]))
            assert exact, f"documents {a} and {b} score within 1e-9 without an exact tie"
