from offerloop.judge.cases import case

SWEEP_SEEDS = 20  # integers only, no float boundary


def _tree(rng, n):
    """A random tree: node i > 0 hangs off a random earlier node, then labels and order shuffled."""
    perm = [int(v) for v in rng.permutation(n)]
    edges = [[perm[i], perm[int(rng.integers(i))]] for i in range(1, n)]
    return [edges[int(i)] for i in rng.permutation(len(edges))]


def _cycle_plus_isolated(rng, n):
    """n - 1 links but not a tree: a tree on n - 1 nodes with one link moved to close a cycle."""
    edges = _tree(rng, n - 1)
    have = {tuple(sorted(e)) for e in edges}
    while True:
        a, b = (int(v) for v in rng.choice(n - 1, size=2, replace=False))
        if (min(a, b), max(a, b)) not in have:
            return edges + [[a, b]]


def visible():
    return [
        case(5, [[0, 1], [0, 2], [0, 3], [1, 4]], name="a tree"),
        case(5, [[0, 1], [1, 2], [2, 3], [1, 3], [1, 4]], name="a cycle"),
        case(4, [[0, 1], [2, 3]], name="two pieces"),
    ]


def hidden(rng):
    cases = [
        case(1, [], name="one router"),
        case(2, [], name="two routers, no link"),
        case(2, [[1, 0]], name="one link"),
        case(4, [[0, 1], [1, 2], [2, 0]], name="a triangle and an isolated router"),
        case(4, [[0, 1], [1, 2], [2, 3], [3, 0]], name="a ring"),
        case(5, [[4, 3], [3, 2], [2, 1], [1, 0]], name="a path"),
    ]
    for n in (7, 40, 300, 1500):
        cases.append(case(n, _tree(rng, n), name=f"random tree of {n}"))
        cases.append(case(n, _cycle_plus_isolated(rng, n), name=f"random {n}: a cycle and a lone router"))
    t = _tree(rng, 60)
    cases.append(case(60, t[:-1], name="random tree missing a link"))
    return cases


def scaling_input(n, rng):
    # A tree cabled outwards from one router: each link joins a new router to the network built so
    # far, so a fresh search per link walks an ever larger network (quadratic in all).
    perm = [int(v) for v in rng.permutation(n)]
    return case(n, [[perm[int(rng.integers(i))], perm[i]] for i in range(1, n)])


def check_case(args, kwargs):
    n, edges = args
    assert type(n) is int and n >= 1, "n >= 1"
    seen = set()
    for a, b in edges:
        assert type(a) is int and type(b) is int and 0 <= a < n and 0 <= b < n and a != b, "links join two routers"
        key = (min(a, b), max(a, b))
        assert key not in seen, "no link is listed twice"
        seen.add(key)
