from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # strings only, no float boundary

LOWER = "abcdefghijklmnopqrstuvwxyz"


def _word(rng, n, alphabet):
    return "".join(alphabet[int(i)] for i in rng.integers(0, len(alphabet), size=n))


def _shuffled(rng, word):
    return "".join(word[int(i)] for i in rng.permutation(len(word)))



def _near_miss(rng, pattern, alphabet):
    """A shuffle of pattern with one letter changed to another letter of the alphabet."""
    w = list(_shuffled(rng, pattern))
    i = int(rng.integers(len(w)))
    others = [c for c in alphabet if c != w[i]]
    w[i] = others[int(rng.integers(len(others)))]
    return "".join(w)


def visible():
    return [
        case("ab", "eidbaooo", name="reversed pair inside"),
        case("ab", "eidboaoo", name="letters present but apart"),
        case("aab", "baxaab", name="at the very end"),
    ]


def hidden(rng):
    cases = [
        case("a", "a", name="one letter, equal"),
        case("a", "b", name="one letter, different"),
        case("abc", "ab", name="text shorter than the pattern"),
        case("abc", "cba", name="the whole text"),
        case("abc", "cbax", name="at the very start"),
        case("aab", "abbab", name="counts matter: two a's needed"),
        case("ab", "aaaa", name="one letter is not enough"),
        case("adc", "dcda", name="window ending at the last letter"),
    ]
    for m, n, alphabet in ((3, 20, "abc"), (6, 200, "abcd"), (40, 2000, LOWER[:6])):
        pattern = _word(rng, m, alphabet)
        hit = int(rng.integers(0, n - m + 1))
        text = _word(rng, hit, alphabet) + _shuffled(rng, pattern) + _word(rng, n - m - hit, alphabet)
        cases.append(case(pattern, text, name=f"random {m} in {n}, planted"))
        miss = _word(rng, n, alphabet)
        cases.append(case(pattern, miss, name=f"random {m} in {n}, maybe absent"))
    return cases


def scaling_input(n, rng):
    # A long pattern, only near misses in the text, and the one match at the very end.
    m = n // 8
    pattern = _word(rng, m, LOWER[:4])
    parts, size = [], 0
    while size < n - m:
        parts.append(_near_miss(rng, pattern, LOWER[:4]))
        size += m
    text = "".join(parts)[: n - m] + _shuffled(rng, pattern)
    return case(pattern, text)


def check_case(args, kwargs):
    pattern, text = args
    assert pattern, "pattern is non-empty"
    assert all(c in LOWER for c in pattern + text), "only lowercase letters"
