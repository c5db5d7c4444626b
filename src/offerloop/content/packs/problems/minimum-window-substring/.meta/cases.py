from offerloop.judge.cases import case


def _word(rng, n, alphabet):
    return "".join(alphabet[int(i)] for i in rng.integers(0, len(alphabet), size=n))


def visible():
    return [
        case("ADOBECODEBANC", "ABC", name="the classic"),
        case("a", "a", name="the whole string"),
        case("a", "aa", name="not enough copies"),
    ]


def hidden(rng):
    cases = [
        case("", "a", name="empty s"),
        case("abc", "", name="empty t"),
        case("abc", "d", name="a character that never occurs"),
        case("aa", "aa", name="two copies needed"),
        case("abcabdebac", "cea", name="a window at the end"),
        case("abab", "ab", name="equal windows"),
        case("abcba", "ab", name="ties: the leftmost wins"),
        case("cabdac", "ac", name="ties: the leftmost wins again"),
        case("bba", "ab", name="the window after a repeat"),
        case("aAbB", "ab", name="case matters"),
        case("acbbaca", "aba", name="multiplicity inside the window"),
        case("cabwefgewcwaefgcf", "cae", name="a longer example"),
    ]
    for n, m, alpha in ((30, 3, "abcd"), (400, 6, "abcdefgh"), (2000, 20, "abcdefghijklmnop")):
        s = _word(rng, n, alpha)
        cases.append(case(s, _word(rng, m, alpha), name=f"random n={n}, m={m}"))
    return cases


def scaling_input(n, rng):
    # The only "z" is at the end, so every start must stretch to it.
    return case(_word(rng, n - 1, "abcdefgh") + "z", "abcz")


def check_case(args, kwargs):
    """The prompt's promise: s and t are strings (either may be empty)."""
    s, t = args
    assert isinstance(s, str) and isinstance(t, str), "s and t are strings"
