from offerloop.judge.cases import case


def visible():
    return [
        case("lower", [["l", "o"], ["lo", "w"], ["e", "r"]], name="lower"),
        case("newest", [["e", "s"], ["es", "t"], ["n", "e"], ["ne", "w"]], name="newest"),
    ]


def _learn(rng, n_merges):
    """Learn merges on a tiny random corpus (realistic, self-consistent merge lists)."""
    letters = "abcd"
    words = ["".join(letters[int(k)] for k in rng.integers(0, 4, size=int(rng.integers(3, 9)))) for _ in range(12)]
    vocab = [list(w) for w in words]
    merges = []
    for _ in range(n_merges):
        counts = {}
        for sym in vocab:
            for p in zip(sym, sym[1:]):
                counts[p] = counts.get(p, 0) + 1
        if not counts:
            break
        best = min(counts, key=lambda p: (-counts[p], p))
        merges.append(list(best))
        new_vocab = []
        for sym in vocab:
            out, i = [], 0
            while i < len(sym):
                if i + 1 < len(sym) and (sym[i], sym[i + 1]) == best:
                    out.append(sym[i] + sym[i + 1])
                    i += 2
                else:
                    out.append(sym[i])
                    i += 1
            new_vocab.append(out)
        vocab = new_vocab
    return words, merges


def hidden(rng):
    cases = [
        case("a", [["a", "b"]], name="a single character"),
        case("xyz", [["a", "b"]], name="no merge applies"),
        case("aaaa", [["a", "a"]], name="repeated pair, all occurrences"),
        case("aaa", [["a", "a"]], name="overlap: left to right"),
        case("abc", [["b", "c"], ["a", "b"]], name="priority beats position"),
        case("xabab", [["x", "a"], ["a", "b"]], name="token boundaries (no string replace)"),
        case("abcd", [["c", "d"], ["b", "cd"], ["a", "b"]], name="a chain of merges"),
    ]
    words, merges = _learn(rng, 8)
    for i, w in enumerate(words[:4]):
        cases.append(case(w + "dcba", merges, name=f"learned merges {i + 1}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: a non-empty word and a list of pairs of non-empty strings."""
    word, merges = args
    assert isinstance(word, str) and len(word) >= 1, "word must be a non-empty string"
    assert isinstance(merges, list), "merges must be a list"
    for m in merges:
        assert len(m) == 2 and all(isinstance(s, str) and s for s in m), f"merge {m!r} is not a pair of non-empty strings"
