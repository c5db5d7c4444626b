from offerloop.judge.cases import case

VOCAB = ["un", "##aff", "##able", "##a", "aff", "play", "##ing", "##in", "##g", "p", "##l", "##a", "##y", "a", "##b"]


def visible():
    return [
        case("unaffable", ["un", "##aff", "##able", "##a", "aff"], name="unaffable"),
        case("unxable", ["un", "##aff", "##able", "##a", "aff"], name="an unknown piece"),
    ]


def hidden(rng):
    cases = [
        case("a", VOCAB, name="a one-letter word"),
        case("play", VOCAB, name="a whole-word match"),
        case("playing", VOCAB, name="longest continuation wins over ##in + ##g"),
        case("plaing", VOCAB, name="falls back to shorter pieces"),
        case("able", VOCAB, name="a continuation piece cannot start a word"),
        case("playz", VOCAB, name="fails at the end: the whole word is unknown"),
        case("ab", VOCAB, unk="<unk>", name="a custom unknown token"),
    ]
    letters = "playbing"
    for i in range(3):
        w = "".join(letters[int(k)] for k in rng.integers(0, len(letters), size=int(rng.integers(2, 8))))
        cases.append(case("p" + w, VOCAB, name=f"random {i + 1}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: a non-empty word, a vocabulary list of strings, a string unk."""
    word, vocab = args
    assert isinstance(word, str) and word, "word must be a non-empty string"
    assert isinstance(vocab, list) and all(isinstance(v, str) and v for v in vocab), "vocab must be a list of non-empty strings"
    assert isinstance(kwargs.get("unk", "[UNK]"), str), "unk must be a string"
