from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # strings only, no float boundary

LOWER = "abcdefghijklmnopqrstuvwxyz"


def _word(rng, n, alphabet):
    return "".join(alphabet[int(i)] for i in rng.integers(0, len(alphabet), size=n))


def _mirror(rng, n):
    """A word followed by its reverse, with no equal neighbours in the word: it collapses from the middle."""
    out = []
    while len(out) < n // 2:
        ch = LOWER[int(rng.integers(0, 26))]
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out) + "".join(reversed(out))


def visible():
    return [
        case("abbaca", name="two rounds"),
        case("aaa", name="odd run leaves one"),
        case("xyyzzx", name="everything vanishes"),
    ]


def hidden(rng):
    cases = [
        case("", name="empty"),
        case("q", name="one letter"),
        case("qq", name="one pair"),
        case("abc", name="nothing to remove"),
        case("aaaa", name="even run"),
        case("abccbaz", name="collapse from the middle, one survivor"),
        case("azxxzy", name="a chain reaction"),
        case("abba" * 5 + "c", name="repeated blocks"),
    ]
    for n, alphabet in ((20, "ab"), (300, "abc"), (3000, LOWER[:4])):
        cases.append(case(_word(rng, n, alphabet), name=f"random {n} letters"))
    cases.append(case(_mirror(rng, 400) + "k", name="random mirror of 400 plus a survivor"))
    return cases


def scaling_input(n, rng):
    return case(_mirror(rng, n))


def check_case(args, kwargs):
    (s,) = args
    assert isinstance(s, str) and all(c in LOWER for c in s), "s holds lowercase letters only"
