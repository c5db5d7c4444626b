from offerloop.judge.cases import case


def visible():
    return [
        case([7, 3, 9, 1, 4], [3, 4, 8], 5, name="k = 5"),
        case([7, 3, 9, 1, 4], [3, 4, 8], 2, name="k = 2"),
    ]


def hidden(rng):
    cases = [
        case([1], [1], 1, name="a single item"),
        case([1, 2, 3], [], 3, name="no relevant items"),
        case([1, 2, 3], [9, 8, 7, 6, 5, 1], 2, name="more relevant items than k"),
        case(["x", "y"], ["y"], 10, name="k beyond the list"),
        case([4, 5, 6, 1], [1], 3, name="the hit just below the cut-off"),
    ]
    for i in range(5):
        rec = [int(x) for x in rng.permutation(25)[: int(rng.integers(5, 20))]]
        rel = [int(x) for x in rng.permutation(25)[: int(rng.integers(1, 12))]]
        cases.append(case(rec, rel, int(rng.integers(1, 15)), name=f"random {i + 1}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: distinct recommended ids, distinct relevant ids, k >= 1."""
    recommended, relevant, k = args
    assert type(k) is int and k >= 1, f"k = {k!r}: at least 1"
    assert len(set(recommended)) == len(recommended), "recommended holds a duplicate id"
    assert len(set(relevant)) == len(relevant), "relevant holds a duplicate id"
