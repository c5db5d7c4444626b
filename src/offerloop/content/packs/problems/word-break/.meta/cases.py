from offerloop.judge.cases import case


def _sentence(rng, vocab, count):
    return "".join(vocab[int(i)] for i in rng.integers(0, len(vocab), size=count))


def visible():
    return [
        case("leetcode", ["leet", "code"], name="two words"),
        case("applepenapple", ["apple", "pen"], name="a word used twice"),
        case("catsandog", ["cats", "dog", "sand", "and", "cat"], name="no split"),
    ]


def hidden(rng):
    cases = [
        case("", ["a"], name="empty string"),
        case("a", [], name="empty dictionary"),
        case("aaaaaa", ["aaaa", "aaa"], name="the longest word first fails"),
        case("aaaaaaaaaaaaaaaaaaaaaaaaab", ["a", "aa", "aaa", "aaaa"], name="many partial splits, then no"),
        case("cars", ["car", "ca", "rs"], name="the shorter prefix works"),
        case("goalspecial", ["go", "goal", "goals", "special"], name="overlapping prefixes"),
        case("abcd", ["a", "abc", "b", "cd"], name="backtracking needed"),
    ]
    vocab = ["ab", "ba", "aab", "b", "abba", "bab"]
    for count in (3, 8, 20):
        s = _sentence(rng, vocab, count)
        cases.append(case(s, vocab, name=f"random sentence of {count} words"))
        cases.append(case(s + "aaa", ["ab", "ba", "aab", "b", "abba", "bab"], name=f"random sentence of {count} words with a tail"))
    return cases


def scaling_input(n, rng):
    vocab = ["ab", "ba", "aab", "b", "abba", "bab", "aabab", "bbab"]
    s = ""
    while len(s) < n:
        s += vocab[int(rng.integers(0, len(vocab)))]
    return case(s + "a" * 9, vocab)


def check_case(args, kwargs):
    """The prompt's promise: s is a string and words a list of non-empty lowercase strings."""
    s, words = args
    assert isinstance(s, str), "s is a string"
    assert isinstance(words, list), "words is a list"
    assert all(isinstance(w, str) and w and w.isalpha() and w.islower() and w.isascii() for w in words), \
        "every word is a non-empty lowercase string"
