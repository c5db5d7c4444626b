from offerloop.judge.cases import case

ALPHABET = "abcdefghij"


def _word(rng, n, alphabet=ALPHABET):
    return "".join(alphabet[int(i)] for i in rng.integers(0, len(alphabet), size=n))


def _shuffled(rng, s):
    return "".join(s[int(i)] for i in rng.permutation(len(s)))


def visible():
    return [
        case("listen", "silent", name="an anagram"),
        case("aab", "abb", name="same letters, different counts"),
        case("rat", "car", name="different letters"),
    ]


def hidden(rng):
    cases = [
        case("", "", name="two empty strings"),
        case("a", "", name="one empty string"),
        case("a", "a", name="one letter"),
        case("ab", "abc", name="different lengths"),
        case("Dusty", "study", name="case matters"),
        case("a b", "ab ", name="spaces count"),
        case("aaab", "abbb", name="same set of letters, same length"),
        case("abc", "aabc", name="an extra copy"),
    ]
    w = _word(rng, 400)
    cases.append(case(w, _shuffled(rng, w), name="a long anagram"))
    v = _shuffled(rng, w)
    k = int(rng.integers(0, 400))
    other = "j" if v[k] != "j" else "a"
    cases.append(case(w, v[:k] + other + v[k + 1:], name="a long near miss"))
    u = _word(rng, 30, "ab")
    cases.append(case(u, _shuffled(rng, u), name="two letters only"))
    return cases


def scaling_input(n, rng):
    w = _word(rng, n)
    return case(w, _shuffled(rng, w))


def check_case(args, kwargs):
    """The prompt's promise: s and t are strings (either may be empty)."""
    s, t = args
    assert isinstance(s, str) and isinstance(t, str), "s and t are strings"
