from offerloop.judge.cases import case

WORDS = ["the", "a", "cat", "dog", "sat", "on", "mat"]


def visible():
    return [
        case("the cat sat on the mat".split(), ["the cat is on the mat".split()], max_n=2, name="one reference, bigrams"),
        case("the cat is on the mat".split(), ["the cat is on the mat".split()], name="identical sentence"),
        case("the the the the".split(), ["the cat".split()], max_n=1, name="clipping"),
    ]


def _mutate(rng, ref):
    out = list(ref)
    for _ in range(int(rng.integers(1, 3))):
        j = int(rng.integers(len(out)))
        out[j] = WORDS[int(rng.integers(len(WORDS)))]
    if rng.random() < 0.5:
        out = out[: len(out) - int(rng.integers(0, 3))]
    return out


def hidden(rng):
    s = "a b c d e f g h".split()
    cases = [
        case(["a"], [["a"]], max_n=1, name="a single token, max_n=1"),
        case(["a"], [["a", "b"]], name="shorter than max_n"),
        case([], [["a", "b"]], name="empty candidate"),
        case("a b c d e f".split(), ["a b c".split(), s[:7] + ["x"]], name="closest reference is the longer one"),
        case("a b c d e".split(), ["a b c d".split(), "a b c d e f".split()], name="tie on distance goes to the shorter"),
        case("a b a b a b".split(), ["a b c a b".split(), "b a b".split()], max_n=2, name="clip by the max over references, not the sum"),
        case("a b c d".split(), ["a b c d x y z".split(), "a b c d".split()], name="several references, exact match with one"),
        case("a b c d e f g".split(), ["a b c d e f g h i j".split()], name="brevity penalty"),
    ]
    for i in range(6):
        L = int(rng.integers(9, 16))
        ref = [WORDS[int(k)] for k in rng.integers(0, 4, size=L)]
        refs = [ref] + [_mutate(rng, ref) for _ in range(int(rng.integers(0, 3)))]
        cases.append(case(_mutate(rng, ref), refs, max_n=int(rng.integers(2, 5)), name=f"random {i + 1}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: a token list, a non-empty list of token lists, max_n a positive int."""
    cand, refs = args[:2]
    max_n = args[2] if len(args) > 2 else kwargs.get("max_n", 4)
    assert isinstance(cand, list) and all(isinstance(t, str) for t in cand), "candidate is a list of strings"
    assert isinstance(refs, list) and len(refs) >= 1, "references must be a non-empty list"
    assert all(isinstance(r, list) and all(isinstance(t, str) for t in r) for r in refs), "each reference is a list of strings"
    assert type(max_n) is int and max_n >= 1, f"max_n = {max_n!r} must be a positive int"
