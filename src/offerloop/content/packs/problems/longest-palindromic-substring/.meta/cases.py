from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # strings only, no float boundary


def _word(rng, n, letters):
    return "".join(letters[int(i)] for i in rng.integers(0, len(letters), size=n))


def visible():
    return [
        case("babad", name="two of the same length"),
        case("cbbd", name="even length"),
        case("xabcbay", name="odd length inside"),
    ]


def hidden(rng):
    cases = [
        case("", name="empty string"),
        case("q", name="one letter"),
        case("abcde", name="no two letters alike"),
        case("aaaa", name="all the same"),
        case("abcxycba", name="shares a piece with its reverse"),
        case("abaxyzzyxf", name="even one later and longer"),
        case("abbaxyx", name="even then odd, same length"),
        case("racecarannakayak", name="several palindromic words"),
    ]
    for n in (12, 60, 400):
        cases.append(case(_word(rng, n, "ab"), name=f"random two letters, {n}"))
    half = _word(rng, 30, "abc")
    cases.append(case(_word(rng, 20, "abc") + half + half[::-1] + _word(rng, 20, "abc"), name="planted even palindrome"))
    return cases


def scaling_input(n, rng):
    # Random letters, then "abab...": the last three quarters make every centre there expand to
    # its border (quadratic work for the reference, as for a DP table, so a DP's time ratio stays
    # flat: about 1.3x growth over the sizes), while the first quarter keeps the best-so-far short,
    # so checking substrings from the left stays cubic (about 3.5x growth, against a limit of 2).
    head = n // 4
    return case(_word(rng, head, "abc") + "ab" * ((n - head) // 2))


def check_case(args, kwargs):
    (s,) = args
    assert isinstance(s, str) and len(s) <= 3000, "s is a string of at most 3000 letters"
    assert all("a" <= c <= "z" for c in s), "s holds lowercase letters only"
