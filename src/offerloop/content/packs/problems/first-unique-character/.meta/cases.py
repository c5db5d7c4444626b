from offerloop.judge.cases import case


def _word(rng, n, alphabet="abcdefgh"):
    return "".join(alphabet[int(i)] for i in rng.integers(0, len(alphabet), size=n))


def visible():
    return [
        case("leetcode", name="the first character"),
        case("loveleetcode", name="in the middle"),
        case("aabb", name="none"),
    ]


def hidden(rng):
    cases = [
        case("", name="empty"),
        case("z", name="one character"),
        case("aA", name="case matters"),
        case("abcabcd", name="the last character"),
        case("abba", name="a palindrome with no unique character"),
        case("xyzzyxq", name="unique character at the end after mirrored repeats"),
        case("éé€", name="non-ASCII characters"),
        case("bcab", name="unique character at index 1, repeat wraps around"),
    ]
    w = _word(rng, 300)
    w = w + w[::-1]
    k = int(rng.integers(0, len(w)))
    cases.append(case(w[:k] + "q" + w[k:], name="a long string with one unique character"))
    cases.append(case(w, name="a long string where all repeat"))
    cases.append(case(_word(rng, 12, "abcdefghijklmnop"), name="random short string"))
    return cases


def scaling_input(n, rng):
    # Every character's twin sits half the string away, and the only unique one comes last.
    half = "".join(chr(0x4E00 + int(i)) for i in rng.permutation(n // 2))
    return case(half + half + "!")


def check_case(args, kwargs):
    """The prompt's promise: s is a string (possibly empty, any Unicode)."""
    (s,) = args
    assert isinstance(s, str), "s is a string"
