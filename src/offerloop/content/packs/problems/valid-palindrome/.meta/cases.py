from offerloop.judge.cases import case

CHARS = "abcABC12 ,.!"


def _palindrome(rng, n):
    half = "".join(CHARS[int(i)] for i in rng.integers(0, len(CHARS), size=n // 2))
    mirrored = "".join(c.swapcase() if rng.random() < 0.5 else c for c in reversed(half))
    return half + ("x" if n % 2 else "") + mirrored


def visible():
    return [
        case("A man, a plan, a canal: Panama", name="the classic"),
        case("race a car", name="not a palindrome"),
    ]


def hidden(rng):
    cases = [
        case("", name="empty"),
        case(" ", name="only a space"),
        case(".,!?", name="only punctuation"),
        case("a", name="one letter"),
        case("ab", name="two different letters"),
        case("Aa", name="case is ignored"),
        case("0P", name="a digit and a letter"),
        case("No 'x' in Nixon", name="punctuation inside"),
        case("ab_a", name="an underscore is not alphanumeric"),
        case("12321", name="digits"),
        case("abca", name="off by one letter"),
    ]
    p = _palindrome(rng, 301)
    cases.append(case(p, name="a long palindrome"))
    k = int(rng.integers(0, 150))
    while not p[k].isalnum():
        k += 1
    cases.append(case(p[:k] + ("z" if p[k] != "z" else "y") + p[k + 1:], name="a long near miss"))
    return cases


def scaling_input(n, rng):
    return case(_palindrome(rng, n))


def check_case(args, kwargs):
    """The prompt's promise: s is a string (possibly empty)."""
    (s,) = args
    assert isinstance(s, str), "s is a string"
