from offerloop.judge.cases import case


def _word(rng, n, alphabet="abcdefgh"):
    return "".join(alphabet[int(i)] for i in rng.integers(0, len(alphabet), size=n))


def _relabel(rng, s, alphabet="abcdefghijklmnopqrstuvwxyz"):
    letters = sorted(set(s))
    image = [alphabet[int(i)] for i in rng.permutation(len(alphabet))[: len(letters)]]
    table = dict(zip(letters, image))
    return "".join(table[c] for c in s)


def visible():
    return [
        case("egg", "add", name="isomorphic"),
        case("foo", "bar", name="one character, two images"),
        case("badc", "baba", name="two characters, one image"),
    ]


def hidden(rng):
    cases = [
        case("", "", name="empty"),
        case("a", "b", name="one character"),
        case("ab", "aa", name="two into one"),
        case("aa", "ab", name="one into two"),
        case("paper", "title", name="a classic yes"),
        case("abc", "ab", name="different lengths"),
        case("abab", "baba", name="a swap"),
        case("abcd", "abcd", name="identity"),
        case("aba", "cdd", name="late conflict"),
    ]
    w = _word(rng, 300)
    r = _relabel(rng, w)
    cases.append(case(w, r, name="a long isomorphic pair"))
    k = int(rng.integers(100, 300))
    bad = r[:k] + ("z" if r[k] != "z" else "y") + r[k + 1:]
    cases.append(case(w, bad, name="a long pair broken late"))
    cases.append(case(w, _word(rng, 300, "abcdefg"), name="random strings"))
    return cases


def scaling_input(n, rng):
    s = "".join(chr(0x4E00 + int(i)) for i in rng.integers(0, n // 4, size=n))
    return case(s, "".join(chr(ord(c) + 0x1000) for c in s))


def check_case(args, kwargs):
    """The prompt's promise: s and t are strings (lengths may differ)."""
    s, t = args
    assert isinstance(s, str) and isinstance(t, str), "s and t are strings"
