from offerloop.judge.cases import case


def _word(rng, n, alphabet):
    return "".join(alphabet[int(i)] for i in rng.integers(0, len(alphabet), size=n))


def visible():
    return [
        case("abcabcbb", name="a repeating block"),
        case("pwwkew", name="not a subsequence"),
        case("bbbb", name="one character repeated"),
    ]


def hidden(rng):
    cases = [
        case("", name="empty"),
        case(" ", name="a single space"),
        case("au", name="two distinct"),
        case("dvdf", name="the window restarts after the first copy"),
        case("abba", name="an old copy outside the window"),
        case("tmmzuxt", name="a repeat of the first character later"),
        case("abcdef", name="all distinct"),
        case("aA", name="case matters"),
        case("a b c a", name="spaces count"),
        case("ééaé", name="non-ASCII"),
    ]
    for n, alpha in ((40, "abcde"), (500, "abcdefghijklmnopqrstuvwxyz"), (2000, "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ")):
        cases.append(case(_word(rng, n, alpha), name=f"random {n} characters"))
    return cases


def scaling_input(n, rng):
    # Distinct characters, one repeated near the end: windows are long, so restarting from every
    # start is quadratic.
    chars = [chr(0x4E00 + int(i)) for i in rng.permutation(n)]
    chars[-3] = chars[n // 2]
    return case("".join(chars))


def check_case(args, kwargs):
    """The prompt's promise: s is a string (possibly empty, any Unicode)."""
    (s,) = args
    assert isinstance(s, str), "s is a string"
