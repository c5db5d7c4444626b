import numpy as np

from offerloop.judge.cases import case

SWEEP_SEEDS = 20  # strings only, no float boundary


def _blocks(rng, n):
    """n letters in up to 26 parts, each drawn from its own share of the alphabet (a part may
    still split further when its letters happen to cluster)."""
    parts = int(rng.integers(1, min(26, n) + 1))
    alphabet = rng.permutation(26)
    cuts = sorted(int(c) for c in rng.choice(np.arange(1, 26), size=parts - 1, replace=False))
    groups = np.split(alphabet, cuts)
    lengths = rng.multinomial(n - parts, [1 / parts] * parts) + 1
    codes = np.concatenate([g[rng.integers(0, len(g), size=k)] for g, k in zip(groups, lengths)])
    return bytes((97 + codes).astype(np.uint8).tolist()).decode()


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
