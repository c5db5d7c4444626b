from offerloop.judge.cases import case

SWEEP_SEEDS = 10  # strings only, no float boundary; up to 2,048 partitions a case


def visible():
    return [
        case("aab", name="a double letter"),
        case("abba", name="an even palindrome"),
    ]


def hidden(rng):
    cases = [
        case("z", name="one letter"),
        case("ab", name="two different letters"),
        case("racecar", name="a palindrome with nested ones"),
        case("abcab", name="no piece longer than one letter"),
        case("aaaaaaaaaaaa", name="twelve equal letters"),
        case("abacaba", name="overlapping palindromes"),
    ]
    for n, letters in ((5, "ab"), (8, "ab"), (10, "abc"), (11, "ab"), (12, "aab")):
        s = "".join(letters[int(i)] for i in rng.integers(0, len(letters), size=n))
        cases.append(case(s, name=f"random {n} letters"))
    return cases


def check_case(args, kwargs):
    (s,) = args
    assert isinstance(s, str) and 1 <= len(s) <= 12 and s.isalpha() and s.islower(), "1..12 lowercase letters"


def check(args, kwargs, output, expected):
    (s,) = args
    if not isinstance(output, (list, tuple)) or not all(
            isinstance(p, (list, tuple)) and all(isinstance(x, str) for x in p) for p in output):
        return False, "return a list of lists of strings"
    got = sorted(tuple(p) for p in output)
    if len(set(got)) != len(got):
        return False, "a partition appears twice"
    for p in got:
        if "".join(p) != s or any(not x or x != x[::-1] for x in p):
            return False, f"{list(p)} is not a cut of {s!r} into palindromes"
    want = sorted(tuple(p) for p in expected)
    if got != want:
        missing = sorted(set(want) - set(got))
        return False, f"missing {list(missing[0])}" if missing else f"{len(got)} partitions, expected {len(want)}"
    return True, ""
