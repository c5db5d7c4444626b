from offerloop.judge.cases import case


def visible():
    return [
        case("the cat sat on the mat", "the cat sit on mat", name="a substitution and a deletion"),
        case("hello world", "hello world", name="perfect"),
    ]


def hidden(rng):
    cases = [
        case("yes", "no", name="a single word, wrong"),
        case("yes", "", name="empty hypothesis"),
        case("a b", "a b c d e f", name="many insertions (WER above 1)"),
        case("  spaced   out words ", "spaced out words", name="extra whitespace"),
        case("one two three four", "four three two one", name="reversed order"),
        case("abc", "abd", name="one wrong word, not one wrong letter"),
    ]
    words = ["go", "stop", "left", "right", "up"]
    for i in range(5):
        r = " ".join(words[int(k)] for k in rng.integers(0, 5, size=int(rng.integers(3, 15))))
        h = " ".join(words[int(k)] for k in rng.integers(0, 5, size=int(rng.integers(1, 15))))
        cases.append(case(r, h, name=f"random {i + 1}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: two strings, the reference with at least one word."""
    ref, hyp = args
    assert isinstance(ref, str) and isinstance(hyp, str), "reference and hypothesis must be strings"
    assert len(ref.split()) >= 1, "the reference has no words (N would be 0)"
