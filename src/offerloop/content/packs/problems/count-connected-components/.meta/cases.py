from offerloop.judge.cases import case

SWEEP_SEEDS = 20  # integers only, no float boundary


def _random_edges(rng, n, m):
    return [[int(rng.integers(n)), int(rng.integers(n))] for _ in range(m)]


def visible():
    return [
        case(5, [[0, 1], [1, 2], [3, 4]], name="two people"),
        case(4, [[2, 2]], name="a self-link"),
    ]


def hidden(rng):
    cases = [
        case(1, [], name="one account"),
        case(3, [], name="no links"),
        case(3, [[0, 1], [1, 0], [0, 1]], name="repeated links"),
        case(4, [[0, 1], [1, 2], [2, 0]], name="a triangle and an isolated account"),
        case(6, [[5, 4], [3, 2], [4, 3], [1, 0]], name="links in reverse order"),
        case(6, [[0, 1], [2, 3], [4, 5], [1, 2], [3, 4]], name="merging chains"),
    ]
    for n, m in ((8, 5), (30, 20), (200, 150), (1000, 900), (3000, 4000)):
        cases.append(case(n, _random_edges(rng, n, m), name=f"random {n} accounts, {m} links"))
    return cases


def scaling_input(n, rng):
    # A few hubs linked to runs of accounts, hub first: naive union-find builds long chains.
    edges = []
    hubs = 4
    block = n // hubs
    for h in range(hubs):
        start = h * block
        edges += [[start, v] for v in range(start + 1, start + block)]
    extra = _random_edges(rng, n, n // 8)
    return case(n, edges + extra)


def check_case(args, kwargs):
    n, edges = args
    assert type(n) is int and n >= 1, "n >= 1"
    assert all(len(e) == 2 and all(type(v) is int and 0 <= v < n for v in e) for e in edges), "links join accounts 0..n-1"
