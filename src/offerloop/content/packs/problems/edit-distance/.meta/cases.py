from offerloop.judge.cases import case


def visible():
    return [
        case("kitten", "sitting", name="kitten -> sitting"),
        case("the cat sat".split(), "the cat sat down".split(), name="word lists"),
    ]


def hidden(rng):
    cases = [
        case("", "", name="both empty"),
        case("", "abc", name="from empty"),
        case("abc", "", name="to empty"),
        case("a", "b", name="one substitution"),
        case("abcd", "abcd", name="identical"),
        case("ab", "ba", name="a swap costs 2"),
        case("flaw", "lawn", name="flaw -> lawn"),
        case("intention", "execution", name="intention -> execution"),
    ]
    letters = "abc"
    for i in range(5):
        a = "".join(letters[int(k)] for k in rng.integers(0, 3, size=int(rng.integers(3, 25))))
        b = "".join(letters[int(k)] for k in rng.integers(0, 3, size=int(rng.integers(3, 25))))
        cases.append(case(a, b, name=f"random {i + 1}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: a and b are both strings or both lists of tokens."""
    a, b = args
    assert (isinstance(a, str) and isinstance(b, str)) or (isinstance(a, list) and isinstance(b, list)), "a and b: both strings or both lists"
