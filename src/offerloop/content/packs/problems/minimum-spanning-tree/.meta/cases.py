from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary


def _connected(rng, n, extra, wmax, lo=1):
    """A random spanning tree (so the graph is connected) plus extra random edges."""
    order = [int(v) for v in rng.permutation(n)]
    edges = []
    for k in range(1, n):
        edges.append([order[k], order[int(rng.integers(0, k))], int(rng.integers(lo, wmax + 1))])
    for _ in range(extra):
        edges.append([int(rng.integers(0, n)), int(rng.integers(0, n)), int(rng.integers(lo, wmax + 1))])
    return [edges[int(i)] for i in rng.permutation(len(edges))]


def visible():
    return [
        case(4, [[0, 1, 1], [1, 2, 2], [0, 2, 3], [2, 3, 4], [1, 3, 5]], name="four nodes"),
        case(3, [[0, 1, 1]], name="disconnected"),
    ]


def hidden(rng):
    cases = [
        case(1, [], name="one node, no edges"),
        case(2, [], name="two nodes, no edges"),
        case(2, [[0, 1, 7], [1, 0, 3]], name="parallel edges"),
        case(3, [[0, 0, -5], [0, 1, 2], [1, 2, 2]], name="a self-loop is never used"),
        case(3, [[0, 1, -4], [1, 2, -1], [0, 2, 3]], name="negative weights"),
        case(4, [[0, 1, 1], [2, 3, 1]], name="two separate pairs"),
        case(5, [[0, 1, 5], [1, 2, 5], [2, 3, 5], [3, 4, 5], [0, 4, 5]], name="equal weights on a cycle"),
        case(4, [[0, 1, 10], [1, 2, 1], [2, 3, 1], [3, 0, 1], [0, 2, 1]], name="the heaviest edge is avoidable"),
        case(6, [[0, 1, 3], [1, 2, 1], [2, 0, 2], [3, 4, 1], [4, 5, 1], [2, 3, 8], [0, 5, 9]], name="two triangles and a bridge"),
    ]
    for n, extra, wmax in ((8, 10, 9), (100, 300, 50), (600, 1500, 1000)):
        cases.append(case(n, _connected(rng, n, extra, wmax), name=f"random connected n={n}"))
    edges = _connected(rng, 50, 60, 20) + [[e[0] + 50, e[1] + 50, e[2]] for e in _connected(rng, 50, 60, 20)]
    cases.append(case(100, edges, name="two random components"))
    return cases


def scaling_input(n, rng):
    return case(n, _connected(rng, n, 3 * n, 10**6))


def check_case(args, kwargs):
    """The prompt's promise: nodes 0 .. n-1 (n >= 1) and edges [u, v, w] between them with integer w."""
    n, edges = args
    assert type(n) is int and n >= 1, "n is a positive integer"
    assert isinstance(edges, list), "edges is a list"
    for e in edges:
        assert isinstance(e, list) and len(e) == 3 and all(type(x) is int for x in e), f"{e!r} is not [u, v, w] of integers"
        assert 0 <= e[0] < n and 0 <= e[1] < n, f"edge {e!r} names a node outside 0 .. {n - 1}"
