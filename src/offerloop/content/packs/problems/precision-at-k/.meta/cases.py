from offerloop.judge.cases import case


def visible():
    return [
        case([7, 3, 9, 1, 4], [3, 4, 8], 3, name="one hit in the top three"),
        case(["a", "b", "c"], ["a", "b", "c"], 2, name="string ids, all relevant"),
    ]


def hidden(rng):
    cases = [
        case([5], [5], 1, name="a single perfect recommendation"),
        case([1, 2], [1, 2], 5, name="fewer recommendations than k"),
        case([1, 2, 3], [], 2, name="nothing relevant"),
        case([1, 2, 3, 4, 5, 6], [6, 5], 4, name="hits below the cut-off"),
        case([], [1], 3, name="no recommendations"),
    ]
    for i in range(5):
        rec = [int(x) for x in rng.permutation(30)[: int(rng.integers(5, 20))]]
        rel = [int(x) for x in rng.permutation(30)[: int(rng.integers(1, 12))]]
        cases.append(case(rec, rel, int(rng.integers(1, 15)), name=f"random {i + 1}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: distinct recommended ids, distinct relevant ids, k >= 1."""
    recommended, relevant, k = args
    assert type(k) is int and k >= 1, f"k = {k!r}: at least 1 (precision divides by k)"
    assert len(set(recommended)) == len(recommended), "recommended holds a duplicate id"
    assert len(set(relevant)) == len(relevant), "relevant holds a duplicate id"
