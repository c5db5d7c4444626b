from offerloop.judge.cases import case

SWEEP_SEEDS = 20  # strings only, no float boundary


def _sorted_words(rng, n, alphabet, max_len):
    """n random words over alphabet, sorted under the order in which alphabet is written."""
    rank = {ch: i for i, ch in enumerate(alphabet)}
    words = ["".join(alphabet[int(i)] for i in rng.integers(0, len(alphabet), size=int(rng.integers(1, max_len + 1))))
             for _ in range(n)]
    return sorted(words, key=lambda w: [rank[ch] for ch in w])


def _alphabet(rng, k):
    return "".join(chr(97 + int(i)) for i in rng.permutation(26)[:k])


def _rules(words):
    """The neighbour rules, or None when a word follows a longer word that starts with it."""
    rules = set()
    for upper, lower in zip(words, words[1:]):
        for a, b in zip(upper, lower):
            if a != b:
                rules.add((a, b))
                break
        else:
            if len(upper) > len(lower):
                return None
    return rules


def visible():
    return [
        case(["wrt", "wrf", "er", "ett", "rftt"], name="the classic"),
        case(["z", "x", "z"], name="a contradiction"),
        case(["abc", "ab"], name="a prefix after its extension"),
        case(["ba", "bc"], name="one rule, one free letter"),
    ]


def hidden(rng):
    cases = [
        case(["q"], name="one word"),
        case(["mmm", "mmm"], name="a repeated word"),
        case(["ab", "abc"], name="a prefix before its extension"),
        case(["ac", "ab", "zc", "zb"], name="the same rule twice"),
        case(["a", "b", "c", "a"], name="a three-letter cycle"),
        case(["xa", "xb", "ya", "yc"], name="rules only from the first difference"),
        case(["ca", "cb", "ba", "bc"], name="the second difference is not a rule"),
        case(["zeta", "zebra", "zen"], name="a shared prefix"),
    ]
    for n, k, max_len in ((5, 4, 3), (20, 8, 4), (80, 15, 6), (400, 26, 8)):
        alphabet = _alphabet(rng, k)
        cases.append(case(_sorted_words(rng, n, alphabet, max_len), name=f"random {n} sorted words"))
    words = _sorted_words(rng, 40, _alphabet(rng, 10), 5)
    i = int(rng.integers(0, 39))
    words[i], words[i + 1] = words[i + 1], words[i]
    cases.append(case(words, name="random sorted words with one swap"))
    return cases


def scaling_input(n, rng):
    return case(_sorted_words(rng, n, _alphabet(rng, 26), 10))


def check(args, kwargs, output, expected):
    (words,) = args
    if not isinstance(output, str):
        return False, "return a string"
    if expected == "":
        return (output == "", "" if output == "" else "no alphabet fits these words: the answer is \"\"")
    letters = {ch for w in words for ch in w}
    if len(output) != len(set(output)) or set(output) != letters:
        return False, "the answer must hold every letter of the words exactly once"
    pos = {ch: i for i, ch in enumerate(output)}
    for a, b in _rules(words):
        if pos[a] > pos[b]:
            return False, f"{a!r} must come before {b!r}"
    return True, ""


def check_case(args, kwargs):
    (words,) = args
    assert len(words) >= 1, "one or more words"
    assert all(isinstance(w, str) and 1 <= len(w) <= 20 and w.isalpha() and w.islower() and w.isascii()
               for w in words), "non-empty lowercase words of at most 20 letters"
