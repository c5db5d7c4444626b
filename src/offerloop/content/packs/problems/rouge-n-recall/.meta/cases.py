from offerloop.judge.cases import case


def visible():
    return [
        case("the cat sat on the mat".split(), "the cat was on the mat".split(), n=2, name="bigrams"),
        case("the cat".split(), "the cat sat on the mat".split(), n=1, name="unigrams of a short candidate"),
    ]


def hidden(rng):
    cases = [
        case(["a"], ["a"], n=1, name="a single token"),
        case(["a", "b"], ["a"], n=2, name="reference shorter than n"),
        case([], ["a", "b"], n=1, name="empty candidate"),
        case("a a a a".split(), "a a b".split(), n=1, name="clipping (candidate repeats)"),
        case("a b".split(), "a a a b".split(), n=1, name="reference repeats"),
        case("x y z".split(), "a b c".split(), n=1, name="nothing in common"),
        case("a b c d".split(), "a b c d".split(), n=3, name="identical, trigrams"),
    ]
    vocab = "abcd"
    for i in range(5):
        a = [vocab[int(k)] for k in rng.integers(0, 4, size=int(rng.integers(4, 20)))]
        b = [vocab[int(k)] for k in rng.integers(0, 4, size=int(rng.integers(4, 20)))]
        cases.append(case(a, b, n=int(rng.integers(1, 4)), name=f"random {i + 1}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: two lists of string tokens and n >= 1."""
    for name, tokens in zip(("candidate", "reference"), args):
        assert isinstance(tokens, list) and all(isinstance(t, str) for t in tokens), f"{name} must be a list of str tokens"
    n = kwargs.get("n", 2)
    assert type(n) is int and n >= 1, f"n = {n!r}: at least 1"
