from offerloop.judge.cases import case


def _random_graph(rng, n, m):
    graph = [[] for _ in range(n)]
    for _ in range(m):
        u, v = (int(x) for x in rng.integers(0, n, size=2))
        graph[u].append(v)
    return graph


def visible():
    graph = [[1, 2], [3], [3, 4], [5], [5], []]
    return [
        case(graph, 0, 5, name="two shortest paths"),
        case(graph, 5, 0, name="unreachable"),
    ]


def hidden(rng):
    cases = [
        case([[]], 0, 0, name="start is the goal"),
        case([[0]], 0, 0, name="self-loop, start is the goal"),
        case([[1], [0]], 0, 1, name="a two-cycle"),
        case([[1, 1, 1], [2], []], 0, 2, name="repeated edges"),
        case([[1], [2], [3], [0], [5], []], 0, 5, name="cycle without an exit"),
        case([[1, 4], [2], [3], [4], [5], []], 0, 5, name="short cut beats the long way"),
        case([[3], [], [1], [2]], 0, 1, name="the path visits high numbers first"),
    ]
    for n, m in ((8, 12), (50, 100), (300, 900)):
        graph = _random_graph(rng, n, m)
        s, g = (int(x) for x in rng.integers(0, n, size=2))
        cases.append(case(graph, s, g, name=f"random graph of {n}"))
    return cases


def scaling_input(n, rng):
    # A long path 0 -> 1 -> ... -> n - 1 plus random back edges: the goal is far away.
    graph = [[i + 1] if i + 1 < n else [] for i in range(n)]
    for _ in range(n):
        u = int(rng.integers(0, n))
        graph[u].append(int(rng.integers(0, u + 1)))
    return case(graph, 0, n - 1)


def check_case(args, kwargs):
    """The prompt's promise: graph[u] lists nodes in 0 .. n - 1, and start and goal are nodes."""
    graph, start, goal = args
    n = len(graph)
    assert isinstance(graph, list) and n >= 1, "graph is an adjacency list of at least one node"
    for u, targets in enumerate(graph):
        assert isinstance(targets, list) and all(type(v) is int and 0 <= v < n for v in targets), \
            f"graph[{u}] names a node outside 0 .. {n - 1}"
    assert type(start) is int and 0 <= start < n and type(goal) is int and 0 <= goal < n, "start and goal are nodes"
