from offerloop.judge.cases import case

_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _words(rng, n, alphabet, lo, hi):
    return ["".join(rng.choice(list(alphabet), size=int(rng.integers(lo, hi + 1)))) for _ in range(n)]


def visible():
    return [
        case(["eat", "tea", "tan", "ate", "nat", "bat"], name="three groups"),
        case(["a"], name="one word"),
    ]


def hidden(rng):
    cases = [
        case([], name="no words"),
        case(["", ""], name="empty strings"),
        case(["ab", "ba", "ab"], name="duplicates stay"),
        case(["abc", "abd", "bca", "dab"], name="same letters but one differs"),
        case(["aab", "abb", "bab", "aba"], name="same letters, different counts"),
        case(["ab", "cd", "ef"], name="no anagrams at all"),
    ]
    for n in (10, 40, 150):
        cases.append(case(_words(rng, n, "abc", 1, 4), name=f"random {n}, small alphabet"))
    cases.append(case(_words(rng, 60, _LETTERS, 0, 8), name="random 60, full alphabet"))
    return cases


def scaling_input(n, rng):
    # Mostly distinct words: many groups, which is what punishes a scan over the groups.
    return case(_words(rng, n, _LETTERS, 6, 8))


def check_case(args, kwargs):
    """The prompt's promise: words is a list of lowercase strings a-z (the empty string allowed)."""
    (words,) = args
    assert isinstance(words, list), "words is a list"
    letters = set(_LETTERS)
    assert all(isinstance(w, str) and set(w) <= letters for w in words), "every word is a lowercase string a-z"
