from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # strings only, no float boundary

LOWER = "abcdefghijklmnopqrstuvwxyz"


def _word(rng, n, alphabet):
    return "".join(alphabet[int(i)] for i in rng.integers(0, len(alphabet), size=n))


def _palindrome(rng, n, alphabet):
    half = _word(rng, n // 2, alphabet)
    mid = _word(rng, n % 2, alphabet)
    return half + mid + half[::-1]


def _insert(rng, s, alphabet):
    i = int(rng.integers(0, len(s) + 1))
    return s[:i] + _word(rng, 1, alphabet) + s[i:]


def visible():
    return [
        case("racecar", name="already a palindrome"),
        case("abca", name="one deletion"),
        case("abc", name="two would be needed"),
    ]


def hidden(rng):
    cases = [
        case("", name="empty"),
        case("z", name="one letter"),
        case("zy", name="two different letters"),
        case("cbbcc", name="only the right-hand deletion works"),
        case("ccbbc", name="only the left-hand deletion works"),
        case("abcdba", name="the deletion is deep inside"),
        case("abcdef", name="far from a palindrome"),
        case("aabcaa", name="one mismatch in the middle"),
        case("abcxyba", name="a mismatch where both deletions fail"),
        case("aabb", name="rearrangeable, but not by one deletion"),
        case("abbab", name="the side that matches next is the wrong one to skip"),
    ]
    for n, alphabet in ((9, "ab"), (80, "abc"), (2000, LOWER[:3])):
        p = _palindrome(rng, n, alphabet)
        cases.append(case(_insert(rng, p, alphabet), name=f"random palindrome of {n} plus one letter"))
        cases.append(case(_insert(rng, _insert(rng, p, alphabet), alphabet), name=f"random palindrome of {n} plus two letters"))
    return cases


def scaling_input(n, rng):
    # A palindrome with one extra letter near the middle: the first mismatch comes late.
    p = _palindrome(rng, n - 1, LOWER)
    k = len(p) // 2 + int(rng.integers(-10, 10))
    return case(p[:k] + "z" + p[k:])


def check_case(args, kwargs):
    (s,) = args
    assert all(c in LOWER for c in s), "lowercase letters only"
