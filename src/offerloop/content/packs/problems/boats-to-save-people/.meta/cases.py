from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary


def _weights(rng, n, limit):
    return [int(v) for v in rng.integers(1, limit + 1, size=n)]


def visible():
    return [
        case([3, 2, 2, 1], 3, name="some pairs fit"),
        case([3, 5, 3, 4], 5, name="no pair fits"),
        case([1, 2], 3, name="a pair at exactly the limit"),
    ]


def hidden(rng):
    cases = [
        case([], 10, name="nobody"),
        case([4], 4, name="one person"),
        case([5, 5], 10, name="two equal halves"),
        case([5, 5, 5], 10, name="three equal halves"),
        case([1, 1, 1, 1], 100, name="light people still two per raft"),
        case([9, 8, 2, 1], 10, name="heaviest with lightest"),
        case([6, 5, 4, 3], 9, name="pairing neighbours fails, crossing pairs work"),
        case([7, 2, 6, 3, 5, 4], 9, name="every pair sums to the limit"),
    ]
    for n, limit in ((9, 10), (100, 50), (1000, 1000), (2500, 30)):
        cases.append(case(_weights(rng, n, limit), limit, name=f"random {n} people"))
    return cases


def scaling_input(n, rng):
    # Everybody is heavier than half the limit, so nobody can share and a partner search scans
    # everyone else for every person.
    limit = 10**6
    return case([int(v) for v in rng.integers(limit // 2 + 1, limit + 1, size=n)], limit)


def check_case(args, kwargs):
    weights, limit = args
    assert type(limit) is int and limit > 0, "limit is a positive integer"
    assert all(type(v) is int and 0 < v <= limit for v in weights), "weights are positive and at most limit"
