from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers and strings only, no float boundary

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _word(rng, n, alphabet):
    return "".join(alphabet[int(i)] for i in rng.integers(0, len(alphabet), size=n))


def visible():
    return [
        case("ABAB", 2, name="change both"),
        case("AABABBA", 1, name="one change"),
        case("XYZ", 0, name="no changes allowed"),
    ]


def hidden(rng):
    cases = [
        case("", 0, name="empty"),
        case("Q", 0, name="one letter"),
        case("Q", 1, name="one letter, one change"),
        case("AAAA", 0, name="already uniform"),
        case("ABCDE", 5, name="k covers everything"),
        case("ABCDE", 1, name="two of anything"),
        case("BAAAB", 0, name="the best run is inside"),
        case("BAAA", 1, name="the edit goes to the window's first letter"),
        case("AAABBBBBCA", 2, name="the best window uses the later letter"),
        case("ABBBACCCCCA", 1, name="two candidate runs"),
    ]
    for n, alphabet in ((12, "AB"), (80, "ABC"), (600, LETTERS[:5]), (2000, LETTERS)):
        s = _word(rng, n, alphabet)
        cases.append(case(s, int(rng.integers(0, max(1, n // 10) + 1)), name=f"random {n} letters"))
    return cases


def scaling_input(n, rng):
    return case(_word(rng, n, "ABCD"), n // 20)


def check_case(args, kwargs):
    s, k = args
    assert isinstance(s, str) and all(c in LETTERS for c in s), "s holds uppercase letters only"
    assert type(k) is int and 0 <= k <= len(s), "0 <= k <= len(s)"
