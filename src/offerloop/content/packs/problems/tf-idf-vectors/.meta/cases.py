from offerloop.judge.cases import case


def visible():
    return [
        case([["a", "b"], ["a"]], name="two documents"),
        case([["the", "cat", "the"], ["the", "dog"], ["a", "cat"]], name="repeated token"),
    ]


def hidden(rng):
    cases = [
        case([["solo"]], name="one document, one token"),
        case([["x", "y"], ["x", "y"], ["x", "y"]], name="every term in every document"),
        case([["a"], [], ["b", "b"]], name="an empty document"),
        case([["a", "a", "a", "b"], ["c"]], name="counts, not presence"),
    ]
    words = ["red", "green", "blue", "cyan", "pink", "gray"]
    for i in range(4):
        docs = [[words[int(k)] for k in rng.integers(0, 6, size=int(rng.integers(0, 8)))] for _ in range(int(rng.integers(2, 7)))]
        docs[0].append("red")
        cases.append(case(docs, name=f"random corpus {i + 1}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: a non-empty list of documents, each a list of string tokens."""
    (docs,) = args
    assert isinstance(docs, list) and len(docs) >= 1, "docs must be a non-empty list"
    for i, doc in enumerate(docs):
        assert isinstance(doc, list) and all(isinstance(t, str) for t in doc), f"document {i} is not a list of str tokens"
