from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # strings only, no float boundary

LOWER = "abcdefghijklmnopqrstuvwxyz"


def _word(rng, n, alphabet):
    return "".join(alphabet[int(i)] for i in rng.integers(0, len(alphabet), size=n))


def _pick(rng, t, m):
    """A subsequence of t of length m (positions drawn at random, kept in order)."""
    keep = sorted(int(i) for i in rng.choice(len(t), size=m, replace=False))
    return "".join(t[i] for i in keep)


def visible():
    return [
        case("cnfg", "config", name="letters in order with gaps"),
        case("gc", "config", name="order matters"),
        case("oo", "color", name="a repeated letter, twice available"),
        case("ll", "color", name="a repeated letter, once available"),
    ]


def hidden(rng):
    cases = [
        case("", "", name="both empty"),
        case("", "abc", name="empty s"),
        case("a", "", name="empty t"),
        case("abc", "abc", name="equal strings"),
        case("abcd", "abc", name="s longer than t"),
        case("aaa", "aa", name="not enough copies"),
        case("ace", "abcde", name="every other letter"),
        case("aec", "abcde", name="right letters, wrong order"),
        case("z", "aaaaaz", name="the last letter"),
    ]
    for m, n, alphabet in ((4, 20, "abc"), (50, 400, LOWER[:5]), (500, 2000, LOWER)):
        t = _word(rng, n, alphabet)
        s = _pick(rng, t, m)
        cases.append(case(s, t, name=f"random subsequence of {m} in {n}"))
        j = int(rng.integers(0, m))
        cases.append(case(s[:j] + s[j + 1:] + "zz" + s[j], t.replace("z", ""), name=f"random {m} in {n} with a stray letter"))
    return cases


def scaling_input(n, rng):
    # s is t with every eighth letter left out: many matches, spread along the whole of t.
    t = _word(rng, n, LOWER)
    return case("".join(c for i, c in enumerate(t) if i % 8 != 7), t)


def check_case(args, kwargs):
    s, t = args
    assert all(c in LOWER for c in s + t), "lowercase letters only"
