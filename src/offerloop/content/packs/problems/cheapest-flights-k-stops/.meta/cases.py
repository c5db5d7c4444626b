from offerloop.judge.cases import case

SWEEP_SEEDS = 20  # integers only, no float boundary

CLASSIC = [[0, 1, 100], [1, 2, 100], [2, 3, 100], [0, 2, 500], [1, 3, 600]]


def _random(rng, n, m, hi):
    flights = []
    while len(flights) < m:
        u, v = int(rng.integers(n)), int(rng.integers(n))
        if u != v:
            flights.append([u, v, int(rng.integers(1, hi + 1))])
    return flights


def _diamonds(d):
    """A chain of d diamonds, every flight priced 1: 2^d routes of 2d flights from airport 0 to the last one."""
    flights, node = [], 0
    for _ in range(d):
        top, bottom, join = node + 1, node + 2, node + 3
        flights += [[node, top, 1], [node, bottom, 1], [top, join, 1], [bottom, join, 1]]
        node = join
    return node + 1, flights, node


def visible():
    return [
        case(4, CLASSIC, 0, 3, 1, name="one stop allowed"),
        case(4, CLASSIC, 0, 3, 2, name="two stops allowed"),
        case(4, CLASSIC, 3, 0, 2, name="no way back"),
    ]


def hidden(rng):
    cases = [
        case(2, [[0, 1, 7]], 0, 1, 0, name="a direct flight"),
        case(3, [[0, 1, 1], [1, 2, 1]], 0, 2, 0, name="a stop is needed but none allowed"),
        case(3, [[0, 1, 1], [1, 2, 1], [0, 2, 5]], 0, 2, 0, name="the direct flight when no stop is allowed"),
        case(3, [[0, 1, 4], [0, 1, 2], [1, 2, 3]], 0, 2, 1, name="parallel flights"),
        case(5, [[0, 1, 1], [1, 2, 1], [2, 3, 1], [3, 4, 1], [0, 2, 5], [2, 4, 5]], 0, 4, 2,
             name="the cheap route has too many stops"),
        case(4, [[0, 1, 1], [1, 0, 1], [1, 2, 1], [2, 3, 1], [0, 3, 10]], 0, 3, 2, name="a loop back"),
        case(4, [[0, 1, 1], [0, 2, 5], [1, 2, 1], [2, 3, 1]], 0, 3, 1,
             name="the cheapest way to a stop is too long"),
    ]
    for n, m, hi in ((6, 12, 20), (20, 60, 100), (80, 400, 10000), (300, 1500, 10000)):
        src, dst = (int(v) for v in rng.choice(n, size=2, replace=False))
        k = int(rng.integers(0, min(n, 6)))
        cases.append(case(n, _random(rng, n, m, hi), src, dst, k, name=f"random {n} airports, k={k}"))
    return cases


def scaling_input(d, rng):
    n, flights, last = _diamonds(d)
    flights = [flights[int(i)] for i in rng.permutation(len(flights))]
    return case(n, flights, 0, last, 2 * d - 1)


def check_case(args, kwargs):
    n, flights, src, dst, k = args
    assert type(n) is int and 1 <= n <= 500, "1 <= n <= 500"
    for u, v, p in flights:
        assert 0 <= u < n and 0 <= v < n and u != v, "flights join two different airports"
        assert type(p) is int and 1 <= p <= 10**4, "prices are integers 1..10^4"
    assert 0 <= src < n and 0 <= dst < n and src != dst, "src != dst, both airports"
    assert type(k) is int and 0 <= k < n, "0 <= k < n"
