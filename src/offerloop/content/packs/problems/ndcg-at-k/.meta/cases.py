from offerloop.judge.cases import case


def visible():
    return [
        case([3, 2, 3, 0, 1, 2], 6, name="graded relevance, k = n"),
        case([0, 1, 0, 1], 2, name="binary relevance, k = 2"),
    ]


def hidden(rng):
    cases = [
        case([2], 1, name="a single result"),
        case([0, 0, 0], 3, name="nothing relevant"),
        case([1, 1, 1, 1], 3, name="all ties"),
        case([0, 0, 3], 2, name="the best result below the cut (ideal uses all results)"),
        case([1, 0, 2], 10, name="k larger than the list"),
        case([3, 1, 2], 1, name="k = 1"),
        case([5, 0, 4, 1], 4, name="large grades"),
    ]
    for i in range(6):
        n = int(rng.integers(3, 20))
        rels = [int(x) for x in rng.integers(0, 4, size=n)]
        cases.append(case(rels, int(rng.integers(1, n + 1)), name=f"random {i + 1}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: a non-empty list of non-negative relevances and k >= 1."""
    rels, k = args
    assert isinstance(rels, list) and len(rels) >= 1, "relevances must be a non-empty list"
    assert all(type(r) in (int, float) and r >= 0 for r in rels), "relevances must be non-negative numbers"
    assert type(k) is int and k >= 1, f"k = {k!r} must be a positive int"
