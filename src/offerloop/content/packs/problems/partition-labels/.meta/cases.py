from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # strings only, no float boundary


def _blocks(rng, n):
    """Parts drawn from disjoint letter groups, so the answer has several parts."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    out = []
    while len(out) < n:
        width = int(rng.integers(1, 4))
        start = int(rng.integers(0, 26 - width + 1))
        group = letters[start:start + width]
        if out and set(group) & set(out[-1]):
            continue
        out.append("".join(group[int(i)] for i in rng.integers(0, width, size=int(rng.integers(1, 8)))))
    return "".join(out)


def visible():
    return [
        case("abacdcd", name="two parts"),
        case("xyz", name="every letter alone"),
        case("eccbbbbdec", name="one part"),
    ]


def hidden(rng):
    cases = [
        case("a", name="one letter"),
        case("aaaa", name="one letter repeated"),
        case("abab", name="interleaved pair"),
        case("abca", name="first and last the same"),
        case("ababcbacadefegdehijhklij", name="three parts"),
        case("qrrq" + "stts" + "u", name="palindromic blocks"),
        case("abcdefghijklmnopqrstuvwxyza", name="whole alphabet wrapped"),
    ]
    for n in (10, 100, 2000):
        cases.append(case(_blocks(rng, n), name=f"random blocks {n}"))
    letters = "abcdefghijklmnopqrstuvwxyz"
    cases.append(case("".join(letters[int(i)] for i in rng.integers(0, 26, size=300)), name="random letters"))
    return cases


def scaling_input(n, rng):
    return case(_blocks(rng, n))


def check_case(args, kwargs):
    (s,) = args
    assert isinstance(s, str) and 1 <= len(s) <= 100_000, "1 to 100000 letters"
    assert all("a" <= c <= "z" for c in s), "lowercase letters only"
