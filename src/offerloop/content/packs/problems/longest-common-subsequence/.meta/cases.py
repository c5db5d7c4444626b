from offerloop.judge.cases import case


def _s(rng, n, alphabet):
    return "".join(rng.choice(list(alphabet), size=n))


def visible():
    return [
        case("abcde", "ace", name="a subsequence of the other"),
        case("abc", "def", name="nothing in common"),
        case("abc", "abc", name="equal strings"),
    ]


def hidden(rng):
    cases = [
        case("", "abc", name="first empty"),
        case("abc", "", name="second empty"),
        case("a", "a", name="one letter"),
        case("bsbininm", "jmjkbkjkv", name="one common letter"),
        case("oxcpqrsvwf", "shmtulqrypy", name="two common letters"),
        case("abcba", "abcbcba", name="palindromes"),
        case("aaaa", "aa", name="repeats"),
        case("ezupkr", "ubmrapg", name="greedy matching fails"),
    ]
    for n, m in ((6, 8), (9, 7), (10, 10)):
        cases.append(case(_s(rng, n, "abcd"), _s(rng, m, "abcd"), name=f"random {n} and {m}"))
    return cases


def scaling_input(n, rng):
    return case(_s(rng, n, "abcdefgh"), _s(rng, n, "abcdefgh"))


def check_case(args, kwargs):
    """The prompt's promise: a and b are strings (either may be empty)."""
    a, b = args
    assert isinstance(a, str) and isinstance(b, str), "a and b are strings"
