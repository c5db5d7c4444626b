from offerloop.judge.cases import case


def visible():
    return [
        case("the cat sat on the mat".split(), "the cat is on the mat".split(), name="one word differs"),
        case("a b c d".split(), "d c b a".split(), name="reversed order"),
    ]


def hidden(rng):
    cases = [
        case(["x"], ["x"], name="a single matching token"),
        case([], ["a", "b"], name="empty candidate"),
        case(["a"], [], name="empty reference"),
        case("a b".split(), "c d".split(), name="nothing in common"),
        case("a x b y c".split(), "a b c".split(), name="gaps in the candidate (subsequence, not substring)"),
        case("a b c".split(), "a b c d e f".split(), name="short candidate: precision differs from recall"),
        case("b a c b d a b".split(), "a b c b d a b".split(), name="greedy matching is not enough"),
        case("a a a".split(), "a".split(), name="repeated token"),
    ]
    vocab = list("abcdef")
    for i in range(6):
        m, n = int(rng.integers(5, 30)), int(rng.integers(5, 30))
        a = [vocab[int(k)] for k in rng.integers(0, 4, size=m)]
        b = [vocab[int(k)] for k in rng.integers(0, 4, size=n)]
        cases.append(case(a, b, name=f"random {i + 1}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: two lists of string tokens."""
    for name, tokens in zip(("candidate", "reference"), args):
        assert isinstance(tokens, list) and all(isinstance(t, str) for t in tokens), f"{name} must be a list of str tokens"
