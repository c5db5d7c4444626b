from offerloop.judge.cases import case

SWEEP_SEEDS = 20  # integers only, no float boundary


def _with_extra(rng, n, extra_at=None):
    """A random tree on n nodes in random order, plus one extra cable between two nodes not already
    joined, inserted at a random position (or at extra_at)."""
    perm = [int(v) for v in rng.permutation(n)]
    edges = [[perm[i], perm[int(rng.integers(i))]] for i in range(1, n)]
    edges = [e if rng.random() < 0.5 else e[::-1] for e in edges]
    edges = [edges[int(i)] for i in rng.permutation(len(edges))]
    have = {tuple(sorted(e)) for e in edges}
    while True:
        a, b = (int(v) for v in rng.choice(n, size=2, replace=False))
        if (min(a, b), max(a, b)) not in have:
            break
    pos = int(rng.integers(len(edges) + 1)) if extra_at is None else extra_at
    edges.insert(pos, [a, b])
    return edges


def visible():
    return [
        case([[0, 1], [0, 2], [1, 2]], name="a triangle"),
        case([[0, 1], [1, 2], [2, 3], [0, 3], [0, 4]], name="a square with a tail"),
        case([[1, 2], [0, 1], [3, 1], [0, 2]], name="the loop closes last"),
    ]


def hidden(rng):
    cases = [
        case([[2, 0], [1, 2], [0, 1]], name="a triangle written backwards"),
        case([[0, 1], [1, 2], [0, 2], [2, 3], [3, 4]], name="the loop closes early"),
        case([[3, 4], [0, 1], [1, 2], [2, 3], [4, 0], [4, 5]], name="a five-cable loop"),
        case([[0, 5], [0, 1], [0, 2], [0, 3], [0, 4], [4, 3]], name="a star plus one cable"),
    ]
    for n in (6, 12, 50, 400, 3000):
        cases.append(case(_with_extra(rng, n), name=f"random network of {n}"))
    cases.append(case(_with_extra(rng, 30, extra_at=0), name="the extra cable comes first"))
    return cases


def scaling_input(n, rng):
    return case(_with_extra(rng, n, extra_at=n - 1))


def check_case(args, kwargs):
    (edges,) = args
    n = len(edges)
    assert n >= 3, "at least 3 machines"
    seen = set()
    adj = {v: [] for v in range(n)}
    for a, b in edges:
        assert type(a) is int and type(b) is int and 0 <= a < n and 0 <= b < n and a != b, "cables join two machines"
        key = (min(a, b), max(a, b))
        assert key not in seen, "no cable is listed twice"
        seen.add(key)
        adj[a].append(b)
        adj[b].append(a)
    reach, stack = {0}, [0]
    while stack:
        for m in adj[stack.pop()]:
            if m not in reach:
                reach.add(m)
                stack.append(m)
    assert len(reach) == n, "n cables on n connected machines: a tree plus one cable"
