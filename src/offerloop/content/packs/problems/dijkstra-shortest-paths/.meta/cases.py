from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary


def _random_graph(rng, n, m, wmax):
    return [[int(rng.integers(0, n)), int(rng.integers(0, n)), int(rng.integers(0, wmax + 1))] for _ in range(m)]


def visible():
    return [
        case(4, [[0, 1, 4], [0, 2, 1], [2, 1, 2], [1, 3, 1]], 0, name="a detour is cheaper"),
        case(3, [[0, 1, 5]], 0, name="an unreachable node"),
    ]


def hidden(rng):
    cases = [
        case(1, [], 0, name="a single node"),
        case(2, [[1, 0, 3]], 0, name="an edge pointing the wrong way"),
        case(3, [[0, 1, 0], [1, 2, 0]], 0, name="zero weights"),
        case(3, [[0, 1, 7], [0, 1, 2], [1, 1, 1], [1, 2, 3]], 0, name="parallel edges and a self-loop"),
        case(5, [[0, 1, 1], [1, 2, 1], [2, 3, 1], [3, 4, 1], [0, 4, 10]], 0, name="many hops beat one long edge"),
        case(4, [[2, 0, 1], [2, 3, 5], [0, 3, 1], [3, 1, 1]], 2, name="a source in the middle"),
        case(6, [[0, 1, 7], [0, 2, 9], [0, 5, 14], [1, 2, 10], [1, 3, 15], [2, 3, 11], [2, 5, 2], [3, 4, 6], [5, 4, 9]], 0,
             name="the textbook graph"),
        case(4, [[0, 1, 1], [1, 2, 100], [0, 3, 50], [3, 2, 1]], 0, name="a node relaxed twice"),
    ]
    for n, m, wmax in ((8, 12, 9), (100, 400, 50), (1000, 5000, 1000), (300, 200, 10)):
        cases.append(case(n, _random_graph(rng, n, m, wmax), int(rng.integers(0, n)), name=f"random n={n}, m={m}"))
    return cases


def scaling_input(n, rng):
    # A chain 0 -> 1 -> ... -> n-1 of weight-1 edges, listed back to front, plus heavier shortcuts
    # that never beat it: the shortest paths are long, as in a road network.
    edges = [[k, k + 1, 1] for k in range(n - 2, -1, -1)]
    for _ in range(3 * n):
        u, v = int(rng.integers(0, n)), int(rng.integers(0, n))
        w = (v - u if v > u else 0) + int(rng.integers(1, 20))
        edges.append([u, v, w])
    return case(n, edges, 0)


def check_case(args, kwargs):
    """The prompt's promise: nodes 0 .. n-1, edges [u, v, w] between them with non-negative integer w, a valid source."""
    n, edges, source = args
    assert type(n) is int and n >= 1, "n is a positive integer"
    assert type(source) is int and 0 <= source < n, "source is one of the nodes"
    assert isinstance(edges, list), "edges is a list"
    for e in edges:
        assert isinstance(e, list) and len(e) == 3 and all(type(x) is int for x in e), f"{e!r} is not [u, v, w] of integers"
        assert 0 <= e[0] < n and 0 <= e[1] < n, f"edge {e!r} names a node outside 0 .. {n - 1}"
        assert e[2] >= 0, f"edge {e!r} has a negative weight"
