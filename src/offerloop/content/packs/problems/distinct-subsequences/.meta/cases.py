from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # strings only, no float boundary


def _word(rng, n, letters):
    return "".join(letters[int(i)] for i in rng.integers(0, len(letters), size=n))


def visible():
    return [
        case("rabbbit", "rabbit", name="three b's"),
        case("babgbag", "bag", name="five ways"),
        case("abc", "abcd", name="pattern longer than the text"),
    ]


def hidden(rng):
    cases = [
        case("", "", name="both empty"),
        case("abc", "", name="empty pattern"),
        case("", "a", name="empty text"),
        case("aaaa", "aa", name="choose two of four"),
        case("abcabc", "abc", name="two copies interleave"),
        case("xyz", "zyx", name="letters out of order"),
        case("a" * 200, "a" * 5, name="past the modulus"),
        case("ab" * 60, "aab", name="alternating text"),
        case("ddd", "ddd", name="pattern equals text"),
    ]
    for n, m in ((20, 3), (300, 6), (2000, 12)):
        cases.append(case(_word(rng, n, "ab"), _word(rng, m, "ab"), name=f"random {n} and {m}"))
    cases.append(case(_word(rng, 500, "abcd"), _word(rng, 4, "abcd"), name="random four letters"))
    return cases


def scaling_input(n, rng):
    return case(_word(rng, n, "ab"), _word(rng, 20, "ab"))


def check_case(args, kwargs):
    s, t = args
    assert len(s) <= 10_000 and len(t) <= 100, "len(s) <= 10000 and len(t) <= 100"
    assert all("a" <= ch <= "z" for ch in s + t), "lowercase letters only"
