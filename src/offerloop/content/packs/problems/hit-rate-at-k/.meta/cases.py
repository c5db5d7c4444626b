from offerloop.judge.cases import case


def visible():
    return [
        case([[5, 2, 9], [1, 4, 7], [3, 8, 6]], [9, 6, 3], 2, name="three users, k = 2"),
        case([[5, 2, 9], [1, 4, 7], [3, 8, 6]], [9, 6, 3], 3, name="k = 3"),
    ]


def hidden(rng):
    cases = [
        case([[1]], [1], 1, name="a single user, a hit"),
        case([[1, 2, 3]], [3], 2, name="just below the cut-off"),
        case([[1, 2], [3, 4]], [2, 4], 2, name="every user at exactly rank k"),
        case([[], [1]], [1, 1], 5, name="an empty recommendation list"),
    ]
    for i in range(4):
        n = int(rng.integers(5, 20))
        recs = [[int(x) for x in rng.permutation(30)[:10]] for _ in range(n)]
        held = [int(x) for x in rng.integers(0, 30, size=n)]
        cases.append(case(recs, held, int(rng.integers(1, 10)), name=f"random {n} users"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: one ranked list and one held-out item per user, at least one user, k >= 1."""
    recs, held, k = args
    assert isinstance(recs, list) and isinstance(held, list), "recommendations and held_out must be lists"
    assert len(recs) == len(held) >= 1, f"{len(recs)} recommendation lists for {len(held)} held-out items (at least one user)"
    assert all(isinstance(r, list) for r in recs), "each user's recommendations must be a list"
    assert type(k) is int and k >= 1, f"k = {k!r} must be a positive int"
