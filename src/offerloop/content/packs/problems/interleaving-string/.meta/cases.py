from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # strings only, no float boundary


def _word(rng, n, letters="ab"):
    return "".join(letters[int(i)] for i in rng.integers(0, len(letters), size=n))


def _merge(rng, a, b):
    out, i, j = [], 0, 0
    while i < len(a) or j < len(b):
        if j == len(b) or (i < len(a) and rng.random() < 0.5):
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    return "".join(out)


def _spoil(rng, c):
    """Swap two different neighbouring characters somewhere in c (may still interleave)."""
    spots = [k for k in range(len(c) - 1) if c[k] != c[k + 1]]
    if not spots:
        return c + "a"
    k = spots[int(rng.integers(0, len(spots)))]
    return c[:k] + c[k + 1] + c[k] + c[k + 2:]


def visible():
    return [
        case("aab", "axy", "aaxaby", name="greedy from a fails"),
        case("ab", "cd", "acdb", name="simple merge"),
        case("ab", "cd", "adcb", name="order broken"),
    ]


def hidden(rng):
    cases = [
        case("", "", "", name="all empty"),
        case("", "abc", "abc", name="a empty"),
        case("abc", "", "abd", name="b empty, mismatch"),
        case("ab", "cd", "abcde", name="c too long"),
        case("ab", "cd", "abc", name="c too short"),
        case("aa", "ab", "aaba", name="both fronts match"),
        case("aabcc", "dbbca", "aadbbcbcac", name="classic true"),
        case("aabcc", "dbbca", "aadbbbaccc", name="classic false"),
        case("a" * 30 + "b", "a" * 30, "a" * 61 + "b", name="many equal letters, true"),
        case("a" * 30 + "b", "a" * 30, "a" * 60 + "ba", name="many equal letters, false"),
    ]
    for n in (5, 30, 120):
        a, b = _word(rng, n), _word(rng, n + 3)
        c = _merge(rng, a, b)
        cases.append(case(a, b, c, name=f"random merge {n}"))
        cases.append(case(a, b, _spoil(rng, c), name=f"random near miss {n}"))
    return cases


def scaling_input(n, rng):
    # Mostly one letter so both streams match often; one wrong last letter makes the answer False.
    a, b = _word(rng, n, "aaaab"), _word(rng, n, "aaaab")
    c = _merge(rng, a, b)
    return case(a, b, c[:-1] + ("c" if c[-1] != "c" else "d"))


def check_case(args, kwargs):
    a, b, c = args
    assert len(a) <= 200 and len(b) <= 200 and len(c) <= 400, "lengths within 200, 200 and 400"
    assert all("a" <= ch <= "z" for s in (a, b, c) for ch in s), "lowercase letters only"
