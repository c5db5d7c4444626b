from fractions import Fraction

from offerloop.judge.cases import case

# Scores that differ are this far apart (relative), far above float rounding in any summing order.
MARGIN = 1e-12


def _exact(rankings, k):
    """Each document's exact fused score and the ranks it was summed from."""
    scores, ranks = {}, {}
    for lst in rankings:
        for rank, doc in enumerate(lst, start=1):
            scores[doc] = scores.get(doc, Fraction(0)) + Fraction(1, k + rank)
            ranks.setdefault(doc, []).append(rank)
    return scores, ranks


def _tie_problem(rankings, k):
    """Why float summing could order these documents differently from exact scores, or None.

    Equal exact scores must come from the same ranks, at most two of them (a + b == b + a in
    floats, so every summing order gives the same bits); unequal ones must differ by MARGIN."""
    scores, ranks = _exact(rankings, k)
    docs = sorted(scores, key=lambda d: (-scores[d], d))
    for a, b in zip(docs, docs[1:]):
        if scores[a] == scores[b]:
            if sorted(ranks[a]) != sorted(ranks[b]) or len(ranks[a]) > 2:
                return f"{a} (ranks {ranks[a]}) and {b} (ranks {ranks[b]}) tie exactly, but float sums may differ"
        elif (scores[a] - scores[b]) / scores[a] <= MARGIN:
            return f"{a} and {b} differ by less than {MARGIN:g} (relative): float rounding could swap them"
    return None


def visible():
    return [case([["a", "b", "c"], ["b", "c", "d"]], k=60, name="two lists")]


def hidden(rng):
    cases = [
        case([["x"]], name="one list, one document"),
        case([["b", "a"], ["a", "b"]], name="a tie broken by id"),
        case([["c", "a", "e"], ["b", "d"], ["d", "b"], ["f"]], k=10, name="ties of one and of two ranks"),
        case([["a", "b", "c"]], k=0, name="k = 0"),
        case([["a"], ["b", "c", "a"], ["c", "a"]], k=1, name="small k: top ranks dominate"),
        case([[], ["q", "p"]], name="an empty list"),
    ]
    docs = [f"d{i}" for i in range(12)]
    for i in range(4):
        while True:
            lists = [[docs[int(j)] for j in rng.permutation(12)[: int(rng.integers(2, 10))]] for _ in range(int(rng.integers(2, 5)))]
            k = int(rng.choice([1, 10, 60]))
            if _tie_problem(lists, k) is None:
                break  # exact ties of three ranks in other orders would need bit-equal floats
        cases.append(case(lists, k=k, name=f"random {i + 1}"))
    return cases


def check_case(args, kwargs):
    """Ids are strings, no list names a document twice, k >= 0, and ties are safe for float sums."""
    (rankings,) = args
    k = kwargs.get("k", 60)
    assert type(k) is int and k >= 0, f"k = {k!r}: a non-negative integer is expected"
    for lst in rankings:
        assert all(type(d) is str for d in lst), "document ids must be strings"
        assert len(set(lst)) == len(lst), f"the list {lst} names a document twice"
    problem = _tie_problem(rankings, k)
    assert problem is None, problem
