from offerloop.judge.cases import case

SWEEP_SEEDS = 20  # strings and counts only, no float boundary, one right answer


def _words(rng, n, lo, hi, alphabet="abc"):
    """n random words with lengths in lo..hi over alphabet (drawn in bulk: the contract sweep runs many seeds)."""
    lengths = rng.integers(lo, hi + 1, size=n)
    text = "".join(alphabet[int(i)] for i in rng.integers(0, len(alphabet), size=int(lengths.sum())))
    ends = lengths.cumsum()
    return [text[int(e - k):int(e)] for e, k in zip(ends, lengths)]


def _prefixes(rng, words, q, alphabet="abc"):
    """q prefixes: about 60% cut from a stored word (so they match), the rest random."""
    fresh = _words(rng, q, 0, 6, alphabet)
    picks = rng.integers(0, max(len(words), 1), size=q)
    cuts = rng.random(q)
    out = []
    for i in range(q):
        if words and cuts[i] < 0.6:
            w = words[int(picks[i])]
            out.append(w[: int(round(cuts[i] / 0.6 * len(w)))])
        else:
            out.append(fresh[i])
    return out


def visible():
    return [case(["tea", "ten", "to", "tea", "in"], ["te", "tea", "t", "x", ""], name="the example")]


def hidden(rng):
    cases = [
        case([], ["a", ""], name="no words"),
        case(["apple"], [], name="no prefixes"),
        case(["apple"], ["apple", "apples", "app", "b"], name="a prefix longer than the word"),
        case(["a", "ab", "abc"], ["a", "ab", "abc", "abcd"], name="nested words"),
        case(["go", "go", "go"], ["go", "g", ""], name="repeated words each count"),
        case(["", "a"], ["", "a"], name="an empty word starts only with the empty prefix"),
        case(["car", "cat", "cart", "dog"], ["ca", "car", "cart", "do", "cd"], name="a branching trie"),
        case(["xyz"], ["y", "z", "yz"], name="a suffix is not a prefix"),
    ]
    for n, q in ((6, 6), (60, 40), (400, 400), (2000, 1000)):
        words = _words(rng, n, 0, 7)
        cases.append(case(words, _prefixes(rng, words, q), name=f"random {n} words, {q} prefixes"))
    return cases


def scaling_input(n, rng):
    alphabet = "abcdefgh"
    words = _words(rng, n, 3, 10, alphabet)
    return case(words, _prefixes(rng, words, n, alphabet))


def check_case(args, kwargs):
    """The prompt's promise: two lists of lowercase strings (the empty string allowed)."""
    for values in args:
        assert isinstance(values, list), "words and prefixes are lists"
        assert all(isinstance(s, str) and (s == "" or (s.isalpha() and s.islower() and s.isascii())) for s in values), \
            "every string is lowercase letters"
