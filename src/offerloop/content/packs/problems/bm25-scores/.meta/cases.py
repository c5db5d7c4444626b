from offerloop.judge.cases import case


def visible():
    docs = [["cat", "sat"], ["dog", "sat", "down"]]
    return [
        case(["cat"], docs, name="one term"),
        case(["sat", "down"], docs, name="two terms, one in every document"),
    ]


def hidden(rng):
    cases = [
        case(["x"], [["x"]], name="one document"),
        case(["a"], [["b"], ["c"]], name="no matches"),
        case(["a", "a"], [["a", "b"], ["b", "b"]], name="a repeated query token"),
        case(["a"], [["a"], ["a", "b", "c", "d", "e", "f"]], name="length normalisation"),
        case(["a"], [["a"], ["a", "b", "c", "d", "e", "f"]], b=0.0, name="b = 0"),
        case(["a"], [["a"] * 10, ["a"]], k1=1.2, name="saturation"),
        case(["a"], [["a"], ["a"], ["a"], ["b"]], name="a common term (the +1 keeps idf positive)"),
    ]
    words = ["alpha", "beta", "gamma", "delta", "eps"]
    for i in range(4):
        docs = [[words[int(k)] for k in rng.integers(0, 5, size=int(rng.integers(1, 12)))] for _ in range(int(rng.integers(3, 8)))]
        q = [words[int(k)] for k in rng.integers(0, 5, size=int(rng.integers(1, 4)))]
        cases.append(case(q, docs, name=f"random {i + 1}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: token lists, at least one document with a token (avgdl > 0), k1 >= 0 and 0 <= b <= 1."""
    query, docs = args[:2]
    hp = dict(zip(("k1", "b"), args[2:]), **kwargs)
    assert isinstance(query, list) and all(isinstance(t, str) for t in query), "query is a list of strings"
    assert isinstance(docs, list) and len(docs) >= 1, "docs must be a non-empty list"
    assert all(isinstance(d, list) and all(isinstance(t, str) for t in d) for d in docs), "each doc is a list of strings"
    assert sum(len(d) for d in docs) > 0, "avgdl must be positive (some document has a token)"
    assert hp.get("k1", 1.5) >= 0 and 0 <= hp.get("b", 0.75) <= 1, "k1 >= 0 and b in [0, 1]"
