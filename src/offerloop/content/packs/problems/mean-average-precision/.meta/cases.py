from offerloop.judge.cases import case


def visible():
    return [
        case([[1, 2, 3, 4, 5]], [[1, 3, 6]], name="one query, no cut-off"),
        case([[1, 2, 3, 4, 5]], [[1, 3, 6]], k=2, name="one query, k = 2"),
    ]


def hidden(rng):
    cases = [
        case([[7]], [[7]], name="a single perfect result"),
        case([[1, 2, 3]], [[]], name="no relevant items"),
        case([[1, 2, 3, 4]], [[1, 9, 8, 7]], name="one hit at rank 1, three missing"),
        case([[4, 3, 2, 1]], [[1, 2]], k=3, name="hits late in the list"),
        case([[1, 2], [3, 4], [5, 6]], [[2], [3, 4], [9]], k=2, name="three queries"),
    ]
    for i in range(4):
        n_q = int(rng.integers(2, 6))
        lists = [[int(x) for x in rng.permutation(20)[: int(rng.integers(3, 15))]] for _ in range(n_q)]
        rels = [[int(x) for x in rng.permutation(20)[: int(rng.integers(1, 8))]] for _ in range(n_q)]
        kk = None if i % 2 else int(rng.integers(2, 10))
        cases.append(case(lists, rels, k=kk, name=f"random {i + 1}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: one ranked list (no duplicates) and one relevant set per query, at least one query; k None or >= 1."""
    lists, rels = args
    k = kwargs.get("k")
    assert len(lists) == len(rels) >= 1, f"{len(lists)} ranked lists for {len(rels)} relevant sets (at least one query)"
    for q, (ranked, rel) in enumerate(zip(lists, rels)):
        assert len(set(ranked)) == len(ranked), f"query {q}: the ranked list has duplicates"
        assert len(set(rel)) == len(rel), f"query {q}: the relevant set has duplicates"
    assert k is None or (type(k) is int and k >= 1), f"k = {k!r} must be None or a positive int"
