from offerloop.judge.cases import case


def visible():
    return [
        case([["a", "b", "c"], ["x", "y"], ["m"]], [["b"], ["x", "y"], ["z"]], name="three queries"),
        case([[3, 1, 2]], [[2, 1]], name="first hit at rank 2"),
    ]


def hidden(rng):
    cases = [
        case([[1]], [[1]], name="a single perfect query"),
        case([[1, 2], [3, 4]], [[9], [8]], name="no hits at all"),
        case([[5, 6, 7, 8]], [[8, 6]], name="two relevant items: only the first counts"),
        case([[], [1]], [[1], [1]], name="an empty result list"),
        case([[1, 2, 3], [4, 5, 6]], [[3], []], name="a query with nothing relevant"),
    ]
    for i in range(4):
        n_q = int(rng.integers(3, 8))
        lists = [[int(x) for x in rng.permutation(20)[: int(rng.integers(1, 10))]] for _ in range(n_q)]
        rels = [[int(x) for x in rng.permutation(20)[: int(rng.integers(0, 4))]] for _ in range(n_q)]
        cases.append(case(lists, rels, name=f"random {i + 1}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: one ranked list and one relevant list per query, at least one query."""
    lists, rels = args
    assert isinstance(lists, list) and isinstance(rels, list), "ranked_lists and relevant_sets must be lists"
    assert len(lists) == len(rels) >= 1, f"{len(lists)} ranked lists for {len(rels)} relevant lists (at least one query)"
    assert all(isinstance(r, list) for r in lists + rels), "each query's entries must be lists"
